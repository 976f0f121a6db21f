package io.interdict.casework.domain.model.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of a batch that could not be screened as it was sent: kept with its line number and why, never dropped. */
@Entity
@Table(name = "batch_rejected_row")
public class RejectedRow {

    @Id
    private UUID id;

    @Column(name = "batch_id", nullable = false)
    private UUID batchId;

    /** The CSV line number (the header is line 1) or the JSON array index. */
    @Column(name = "row_position", nullable = false)
    private int position;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    protected RejectedRow() {
        // for JPA
    }

    public RejectedRow(UUID batchId, int position, String reason) {
        this.id = UUID.randomUUID();
        this.batchId = batchId;
        this.position = position;
        this.reason = reason.length() > 2000 ? reason.substring(0, 1990) + " [cut]" : reason;
    }

    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
