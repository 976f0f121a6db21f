package io.interdict.casework.domain.model.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Which list entry a hit points to, exactly as it was screened: the list, the list's own id for the entry, the list
 * version and the fingerprint of the entry's content in that version. Two references to the same entry with other
 * fingerprints mean the entry changed between them (an accepted false hit then alerts again).
 */
@Embeddable
public class ListEntryRef {

    /** The list's key ({@code us-ofac-sdn}, {@code un-sc}...). */
    @Column(name = "list_source", nullable = false, length = 20)
    private String source;

    @Column(name = "list_entry_id", nullable = false, length = 50)
    private String entryId;

    @Column(name = "list_version", nullable = false, length = 100)
    private String version;

    @Column(name = "entry_fingerprint", nullable = false, length = 64)
    private String fingerprint;

    protected ListEntryRef() {
        // for JPA
    }

    public ListEntryRef(String source, String entryId, String version, String fingerprint) {
        this.source = Objects.requireNonNull(source, "source");
        this.entryId = Objects.requireNonNull(entryId, "entryId");
        this.version = Objects.requireNonNull(version, "version");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public String source() {
        return source;
    }

    public String entryId() {
        return entryId;
    }

    public String version() {
        return version;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** {@code source:id}, e.g. {@code us-ofac-sdn:12211}: the entry across versions. */
    public String key() {
        return source + ":" + entryId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListEntryRef that && source.equals(that.source) && entryId.equals(that.entryId)
                && version.equals(that.version) && fingerprint.equals(that.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, entryId, version, fingerprint);
    }

    @Override
    public String toString() {
        return key() + " (" + version + ")";
    }
}
