package io.interdict.casework.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One hit of a screening: the listed party it points to, in which list version, how strongly and why. Alerts are
 * facts of the screening and never change; decisions are taken on the case that groups them.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ScreeningCase screeningCase;

    @Column(name = "list_source", nullable = false, length = 20)
    private String listSource;

    @Column(name = "list_entry_id", nullable = false, length = 50)
    private String listEntryId;

    @Column(name = "list_version", nullable = false, length = 100)
    private String listVersion;

    @Column(name = "entry_fingerprint", nullable = false, length = 64)
    private String entryFingerprint;

    @Column(name = "matched_name", nullable = false, length = 500)
    private String matchedName;

    @Column(name = "score", nullable = false)
    private double score;

    /** The entry's sanctions programmes, comma-separated ({@code DPRK3,DPRK4}). */
    @Column(name = "programmes", length = 1000)
    private String programmes;

    /** The entry's type: {@code individual}, {@code entity}, {@code vessel} or {@code aircraft}. */
    @Column(name = "entry_type", length = 20)
    private String entryType;

    /** The engine's explanation of the score, as JSON. */
    @Column(name = "reasons", length = 20000)
    private String reasons;

    protected Alert() {
        // for JPA
    }

    public Alert(String listSource, String listEntryId, String listVersion, String entryFingerprint,
                 String matchedName, double score, String reasons) {
        this(listSource, listEntryId, listVersion, entryFingerprint, matchedName, score, reasons, "", "");
    }

    public Alert(String listSource, String listEntryId, String listVersion, String entryFingerprint,
                 String matchedName, double score, String reasons, String programmes, String entryType) {
        this.id = UUID.randomUUID();
        this.listSource = listSource;
        this.listEntryId = listEntryId;
        this.listVersion = listVersion;
        this.entryFingerprint = entryFingerprint;
        this.matchedName = matchedName;
        this.score = score;
        this.reasons = reasons;
        this.programmes = programmes;
        this.entryType = entryType;
    }

    void belongTo(ScreeningCase screeningCase) {
        this.screeningCase = screeningCase;
    }

    public UUID id() {
        return id;
    }

    /** {@code source:id}, e.g. {@code us-ofac-sdn:12211}. */
    public String listEntryKey() {
        return listSource + ":" + listEntryId;
    }

    public String listSource() {
        return listSource;
    }

    public String listEntryId() {
        return listEntryId;
    }

    public String listVersion() {
        return listVersion;
    }

    public String entryFingerprint() {
        return entryFingerprint;
    }

    public String matchedName() {
        return matchedName;
    }

    public double score() {
        return score;
    }

    public String programmes() {
        return programmes == null ? "" : programmes;
    }

    public String entryType() {
        return entryType == null ? "" : entryType;
    }

    public String reasons() {
        return reasons;
    }
}
