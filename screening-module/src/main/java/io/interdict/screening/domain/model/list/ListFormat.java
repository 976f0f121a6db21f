package io.interdict.screening.domain.model.list;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link ListReader} that can also tell, before reading, whether a place in a lists directory holds a version of
 * its list in its format and whether that version is complete. Loading a lists directory uses this to pick the
 * newest complete version of each list and to say why it passed over newer ones.
 */
public interface ListFormat extends ListReader {

    /** Whether {@code location} (a version folder or a file) is a version of this list written in this format. */
    boolean recognises(Path location);

    /** What {@code location} lacks to be a complete version (e.g. the files missing), or empty when complete. */
    Optional<String> incompleteness(Path location);
}
