package io.interdict.casework.domain.model.attachments;

import io.interdict.casework.domain.model.cases.CaseId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The documents of cases, with their content. */
public interface Attachments {

    void add(Attachment attachment, byte[] content);

    Optional<Attachment> find(UUID id);

    /** A case's documents, in the order they were attached. */
    List<Attachment> ofCase(CaseId caseId);

    /** The bytes as they were uploaded. */
    Optional<byte[]> content(UUID id);
}
