package io.interdict.casework.domain.model.attachments;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which documents a case accepts, and how large: the kinds a sanctions case needs as evidence (PDF, scans and photos,
 * the payment message as text or ISO 20022 XML), judged by what the bytes are, not by what the sender calls them. A
 * file that claims to be one kind and is another is refused: an executable named {@code invoice.pdf} stays out.
 */
public final class AttachmentPolicy {

    /** 10 MiB: a scanned contract or a payment message with its chain fits; a mailbox export does not. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The system property that sets the limit in bytes. */
    public static final String MAX_BYTES_PROPERTY = "interdict.attachments.max-bytes";

    /** Accepted media types, with what a user calls them. */
    private static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF document",
            "image/png", "PNG image",
            "image/jpeg", "JPEG image",
            "image/tiff", "TIFF scan",
            "text/plain", "text (e.g. a SWIFT MT103 message)",
            "application/xml", "XML (e.g. an ISO 20022 pacs.008 message)");

    /** Types that are the same document kind under another name. */
    private static final Map<String, String> SAME_AS = Map.of("text/xml", "application/xml", "image/jpg", "image/jpeg",
            "image/pjpeg", "image/jpeg");

    private final long maxBytes;

    public AttachmentPolicy(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the attachment size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The limit from {@value #MAX_BYTES_PROPERTY}, else {@link #DEFAULT_MAX_BYTES}. */
    public static AttachmentPolicy fromSystemProperties() {
        String configured = System.getProperty(MAX_BYTES_PROPERTY);
        return new AttachmentPolicy(configured == null || configured.isBlank() ? DEFAULT_MAX_BYTES
                : Long.parseLong(configured.strip()));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The media type the document is stored under: the one its content shows.
     *
     * @param declared what the uploader said it is (a browser's or client's Content-Type), if anything
     * @param detected what its bytes are
     * @throws AttachmentTooLarge    above the limit
     * @throws AttachmentTypeRefused empty, of a kind not accepted, or not what it was declared to be
     */
    public String accept(String fileName, long size, Optional<String> declared, String detected) {
        checkSize(fileName, size);
        if (size == 0) {
            throw new AttachmentTypeRefused("'" + fileName + "' is empty");
        }
        String actual = normal(detected);
        if (!ACCEPTED.containsKey(actual)) {
            throw new AttachmentTypeRefused("'" + fileName + "' is " + actual + "; a case accepts " + accepted());
        }
        declared.map(AttachmentPolicy::normal).filter(d -> !d.equals("application/octet-stream"))
                .filter(d -> !d.equals(actual) && !(actual.equals("text/plain") && d.startsWith("text/")))
                .ifPresent(d -> {
                    throw new AttachmentTypeRefused("'" + fileName + "' was sent as " + d + " but its content is "
                            + actual + ": send it as what it is");
                });
        return actual;
    }

    /**
     * Refuses a document above the limit; an upload checks its announced length with it before reading a byte.
     *
     * @throws AttachmentTooLarge above the limit
     */
    public void checkSize(String fileName, long size) {
        if (size > maxBytes) {
            throw new AttachmentTooLarge("'" + fileName + "' has " + size + " bytes; a document is at most "
                    + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MiB)");
        }
    }

    /** The accepted kinds, for messages and the upload form. */
    public static String accepted() {
        return String.join(", ", ACCEPTED.values().stream().sorted().toList());
    }

    private static String normal(String type) {
        String bare = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return SAME_AS.getOrDefault(bare, bare);
    }
}
