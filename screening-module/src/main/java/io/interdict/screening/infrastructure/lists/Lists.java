package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.List;

/** Turns what a reader collected into a list, reporting a list-level fault (a repeated id) as a format error. */
final class Lists {

    private Lists() {
    }

    static SanctionsList assemble(ListVersion version, List<ListEntry> entries) {
        if (entries.isEmpty()) {
            throw new ListFormatException(String.join(", ", version.files()), "", "the file holds no entries");
        }
        try {
            return new SanctionsList(version, entries);
        } catch (IllegalArgumentException e) {
            throw new ListFormatException(String.join(", ", version.files()), "", e.getMessage(), e);
        }
    }
}
