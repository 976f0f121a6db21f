package io.interdict.casework.domain.model.lists;

import io.interdict.screening.domain.model.entry.ListEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/**
 * One entry a version added, removed or changed against the version in force when it arrived, as an administrator
 * reviews it before putting the version in force (and as re-screening finds the entries that can create new hits).
 */
@Entity
@Table(name = "list_entry_change")
public class ListEntryChange {

    @Id
    private UUID id;

    @Column(name = "version_id", nullable = false)
    private UUID versionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 10)
    private EntryChangeKind kind;

    @Column(name = "entry_id", nullable = false, length = 50)
    private String entryId;

    @Column(name = "entry_name", nullable = false, length = 500)
    private String entryName;

    @Column(name = "entry_type", nullable = false, length = 20)
    private String entryType;

    /** For a changed entry, what changed part by part ({@code names +[X] -[Y]; programmes +[DPRK3]}). */
    @Column(name = "detail", length = 4000)
    private String detail;

    protected ListEntryChange() {
        // for JPA
    }

    public ListEntryChange(ListVersionId versionId, EntryChangeKind kind, ListEntry entry, List<String> changes) {
        this.id = UUID.randomUUID();
        this.versionId = versionId.value();
        this.kind = kind;
        this.entryId = entry.sourceId();
        this.entryName = clip(entry.primaryName().text(), 500);
        this.entryType = entry.type().key();
        this.detail = changes.isEmpty() ? null : clip(String.join("\n", changes), 4000);
    }

    /** The text, cut to the column's length with a mark that it was: the log keeps what fits, never fails on it. */
    static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 6) + " [cut]";
    }

    public EntryChangeKind kind() {
        return kind;
    }

    public String entryId() {
        return entryId;
    }

    public String entryName() {
        return entryName;
    }

    public String entryType() {
        return entryType;
    }

    public List<String> changes() {
        return detail == null ? List.of() : List.of(detail.split("\n"));
    }
}
