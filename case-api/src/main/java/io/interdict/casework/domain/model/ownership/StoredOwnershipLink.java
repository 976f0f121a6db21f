package io.interdict.casework.domain.model.ownership;

import io.interdict.screening.domain.ownership.OwnershipLink;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One link of a load, as stored. */
@Entity
@Table(name = "ownership_link")
public class StoredOwnershipLink {

    @Id
    private UUID id;

    @Column(name = "load_id", nullable = false)
    private UUID loadId;

    @Column(name = "owner_key", nullable = false, length = 200)
    private String owner;

    @Column(name = "owned_key", nullable = false, length = 200)
    private String owned;

    @Column(name = "percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal percent;

    protected StoredOwnershipLink() {
        // for JPA
    }

    public StoredOwnershipLink(UUID loadId, OwnershipLink link) {
        this.id = UUID.randomUUID();
        this.loadId = loadId;
        this.owner = link.owner();
        this.owned = link.owned();
        this.percent = link.percent();
    }

    public OwnershipLink link() {
        return new OwnershipLink(owner, owned, percent);
    }
}
