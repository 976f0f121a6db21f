package io.interdict.casework.application;

import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.attachments.AttachmentPolicy;
import io.interdict.casework.domain.model.attachments.Attachments;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents of a case: attaching one (the policy judges its kind by its content and its size), listing them, and
 * downloading one, each audited on the case's trail.
 */
@ApplicationScoped
public class CaseAttachments {

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    Attachments attachments;

    @Inject
    ContentTypes contentTypes;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    private final AttachmentPolicy policy = AttachmentPolicy.fromSystemProperties();

    /** A document as downloaded: what it is and its bytes. */
    public record Download(Attachment attachment, byte[] content) {
    }

    /** The size limit, so that an upload is cut off as soon as it passes it. */
    public long maxBytes() {
        return policy.maxBytes();
    }

    /** Refuses an upload whose announced or read size is above the limit ({@link AttachmentPolicy#checkSize}). */
    public void checkSize(String fileName, long size) {
        policy.checkSize(fileName, size);
    }

    /**
     * Attaches the document to the case.
     *
     * @param declaredType what the uploader said it is, if anything
     * @throws CaseNotFound when no case has this id
     * @throws io.interdict.casework.domain.model.attachments.AttachmentRefused when the policy refuses it
     */
    @Transactional
    public Attachment attach(CaseId caseId, String fileName, Optional<String> declaredType, byte[] content,
                             Optional<String> description, String user) {
        cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        String type = policy.accept(fileName, content.length, declaredType,
                content.length == 0 ? "application/octet-stream" : contentTypes.detect(content, fileName));
        Attachment attachment = Attachment.of(caseId, fileName, type, content, description, user, clock.instant());
        attachments.add(attachment, content);
        auditTrail.appendAll(attachment.takeRecordedChanges());
        return attachment;
    }

    @Transactional
    public List<Attachment> ofCase(CaseId caseId) {
        cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        return attachments.ofCase(caseId);
    }

    /**
     * The case's document and its bytes; the download is audited.
     *
     * @throws AttachmentNotFound when the case has no document of this id
     */
    @Transactional
    public Download download(UUID attachmentId, String user, CaseId caseId) {
        Attachment attachment = attachments.find(attachmentId).filter(a -> a.caseId().equals(caseId))
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
        byte[] content = attachments.content(attachmentId).orElseThrow(() -> new AttachmentNotFound(attachmentId));
        auditTrail.append(attachment.downloadedBy(user));
        return new Download(attachment, content);
    }
}
