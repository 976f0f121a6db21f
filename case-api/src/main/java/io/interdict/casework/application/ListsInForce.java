package io.interdict.casework.application;

import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lists in force at one moment, as one whole: the index screenings are matched against and the version of each
 * list it holds. A screening takes one and keeps it to its end, so that the versions it records are the ones it was
 * matched against even when a new version is put in force meanwhile.
 */
public record ListsInForce(Screener screener, Map<ListSource, ListVersion> versions) {

    public ListsInForce {
        versions = Map.copyOf(versions);
    }

    public static ListsInForce of(Screener screener) {
        Map<ListSource, ListVersion> versions = new EnumMap<>(ListSource.class);
        screener.lists().forEach(list -> versions.put(list.source(), list.version()));
        return new ListsInForce(screener, versions);
    }

    /** The list in force of that source, if one is loaded. */
    public Optional<SanctionsList> list(ListSource source) {
        return screener.lists().stream().filter(list -> list.source() == source).findFirst();
    }
}
