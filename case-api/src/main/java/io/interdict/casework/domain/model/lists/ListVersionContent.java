package io.interdict.casework.domain.model.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The files of a {@link StoredListVersion} as one ZIP, in a table of their own so that listing versions never reads them. */
@Entity
@Table(name = "list_version_content")
public class ListVersionContent {

    @Id
    @Column(name = "version_id")
    private UUID versionId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ListVersionContent() {
        // for JPA
    }

    public ListVersionContent(ListVersionId versionId, byte[] zip) {
        this.versionId = versionId.value();
        this.content = zip.clone();
    }

    public byte[] zip() {
        return content.clone();
    }
}
