package io.interdict.casework.application;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.file.Path;

/** A list version's files as one ZIP, the form the version log keeps them in: a port. */
public interface ListVersionArchive {

    /**
     * Reads and validates the version held in the ZIP, in full.
     *
     * @param label the version's name ({@code 2026-12-01}), which the version read carries
     * @throws ListVersionRefused when it is not a ZIP, or not a complete, well-formed version of the list
     */
    SanctionsList read(ListSource source, String label, byte[] zip);

    /** The files of a version in a lists directory (its version folder, or its one file) as one ZIP. */
    byte[] pack(Path location);
}
