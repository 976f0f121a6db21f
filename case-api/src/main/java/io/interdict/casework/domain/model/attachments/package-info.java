/**
 * The documents of a case: the original payment message, transfer instructions, scans and PDFs that the reports to
 * OFAC must include a copy of (31 CFR 501.603(b)(1)(ii), 501.604(b)(12); OFAC FAQ 49). Kept as uploaded, with their
 * SHA-256, never changed; which kinds and how large is {@link io.interdict.casework.domain.model.attachments.AttachmentPolicy}'s
 * rule.
 */
package io.interdict.casework.domain.model.attachments;
