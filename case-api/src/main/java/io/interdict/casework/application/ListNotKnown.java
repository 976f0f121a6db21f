package io.interdict.casework.application;

import io.interdict.screening.domain.model.ListSource;
import java.util.Arrays;

/** A list named by a key Interdict does not know. */
public class ListNotKnown extends NotFound {

    public ListNotKnown(String key) {
        super("list", "'" + key + "' (the lists: " + String.join(", ", Arrays.stream(ListSource.values())
                .map(ListSource::key).toList()) + ")");
    }

    public static ListSource byKey(String key) {
        return ListSource.byKey(key == null ? "" : key).orElseThrow(() -> new ListNotKnown(key));
    }
}
