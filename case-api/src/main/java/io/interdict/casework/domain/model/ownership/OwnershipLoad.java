package io.interdict.casework.domain.model.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One load of the ownership data: who loaded it, when, how many links, and the SHA-256 of the file as sent. */
@Entity
@Table(name = "ownership_load")
public class OwnershipLoad {

    @Id
    private UUID id;

    @Column(name = "loaded_by", nullable = false, length = 255)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "links", nullable = false)
    private int links;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected OwnershipLoad() {
        // for JPA
    }

    public OwnershipLoad(UUID id, String loadedBy, Instant loadedAt, int links, String sha256) {
        this.id = id;
        this.loadedBy = loadedBy;
        this.loadedAt = loadedAt;
        this.links = links;
        this.sha256 = sha256;
    }

    public UUID id() {
        return id;
    }

    public String loadedBy() {
        return loadedBy;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public int links() {
        return links;
    }

    public String sha256() {
        return sha256;
    }
}
