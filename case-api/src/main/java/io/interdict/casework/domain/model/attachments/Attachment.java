package io.interdict.casework.domain.model.attachments;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.RecordedChanges;
import io.interdict.casework.domain.model.cases.CaseId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A document of a case as it was uploaded: its name, what kind it is (by its content), its size and SHA-256, who
 * attached it and when. It never changes: a corrected document is attached beside the first. The bytes are kept
 * apart ({@link Attachments#content}), so that a case's listing never reads them.
 */
@Entity
@Table(name = "case_attachment")
public class Attachment {

    /** Longest file name kept; longer ones are cut, keeping the extension. */
    static final int MAX_NAME = 255;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "file_name", nullable = false, length = MAX_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Transient
    private final RecordedChanges changes = new RecordedChanges();

    protected Attachment() {
        // for JPA
    }

    /**
     * Attaches the content to the case, of the type the policy accepted it as.
     *
     * @param fileName as the uploader named it (a path is cut to its last part, control characters dropped)
     */
    public static Attachment of(CaseId caseId, String fileName, String contentType, byte[] content,
                                Optional<String> description, String user, Instant now) {
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.caseId = caseId.value();
        attachment.fileName = safeName(fileName);
        attachment.contentType = contentType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.description = description.orElse(null);
        attachment.uploadedBy = user;
        attachment.uploadedAt = now;
        attachment.changes.record(AuditAction.ATTACHMENT_ADDED, user, caseId, user + " attached '"
                + attachment.fileName + "' (" + contentType + ", " + content.length + " bytes, SHA-256 "
                + attachment.sha256 + ", attachment " + attachment.id + ")", null, null);
        return attachment;
    }

    /** A user downloaded the document: who read which evidence is on the trail too. */
    public AuditRecord downloadedBy(String user) {
        return AuditRecord.of(user, AuditAction.ATTACHMENT_DOWNLOADED, new CaseId(caseId), user + " downloaded '"
                + fileName + "' (attachment " + id + ")");
    }

    static String safeName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The audit events recorded since they were last taken. */
    public List<AuditRecord> takeRecordedChanges() {
        return changes.take();
    }

    public UUID id() {
        return id;
    }

    public CaseId caseId() {
        return new CaseId(caseId);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** Hex, lower case: what an examiner recomputes from the file. */
    public String sha256() {
        return sha256;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** One line for packs and exports: name, kind, size and hash. */
    public String summary() {
        return fileName + " (" + contentType + ", " + sizeBytes + " bytes, SHA-256 " + sha256 + ")";
    }
}
