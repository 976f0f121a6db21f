package io.interdict.casework.application;

import io.interdict.casework.domain.model.batch.SourceFormat;
import java.util.List;

/**
 * A batch as the interface read it: the parties that hold, each at its position, and the rows that did not, with
 * why. Every row of the upload is in exactly one of the two lists.
 *
 * @param format   CSV (positions are line numbers, the header being line 1) or JSON (array indexes)
 * @param parties  the rows to screen
 * @param rejected the rows that cannot be screened as sent
 */
public record BatchUpload(SourceFormat format, List<UploadedParty> parties, List<Rejection> rejected) {

    public BatchUpload {
        parties = List.copyOf(parties);
        rejected = List.copyOf(rejected);
    }

    /** One row that holds. */
    public record UploadedParty(int position, ScreeningCommand command) {
    }

    /** One row that does not, and why, in words a person can act on. */
    public record Rejection(int position, String reason) {
    }
}
