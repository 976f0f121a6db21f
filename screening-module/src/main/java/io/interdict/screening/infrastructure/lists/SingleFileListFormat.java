package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.list.ListFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A list published as one file (UN XML, OFAC XML, OFSI workbook or CSV, CSL): its version is that file, or a dated
 * folder holding exactly one such file, and is complete whenever it is there.
 */
abstract class SingleFileListFormat implements ListFormat {

    private final SingleFileVersion version;
    private final String what;

    /**
     * @param what     what the file is, for the error when there is none ("a UN consolidated list")
     * @param suffixes the file name endings of the format
     */
    SingleFileListFormat(String what, String... suffixes) {
        this.version = new SingleFileVersion(suffixes);
        this.what = what;
    }

    @Override
    public boolean recognises(Path location) {
        return version.recognises(location);
    }

    @Override
    public Optional<String> incompleteness(Path location) {
        return Optional.empty();
    }

    /** The file to read at {@code location}; a format error says why there is none. */
    Path file(Path location) {
        return version.file(location, what);
    }
}
