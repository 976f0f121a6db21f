package io.interdict.screening.domain.model.list;

import io.interdict.screening.domain.model.ListSource;
import java.nio.file.Path;

/**
 * Reads one version of one list from its files. Implementations live in the infrastructure layer, one per format.
 * A reader either returns the whole list or throws {@link ListFormatException}: never part of a list.
 */
public interface ListReader {

    ListSource source();

    /**
     * @param location a version folder (CSV sets) or a file (single-file lists)
     * @throws ListFormatException when any file is malformed or the set is incomplete
     */
    SanctionsList read(Path location);
}
