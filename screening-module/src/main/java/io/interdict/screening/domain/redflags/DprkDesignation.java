package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.Locale;

/**
 * Whether a list entry is designated under a DPRK programme: OFAC's DPRK, DPRK2, DPRK3, DPRK4 and DPRK-NKSPEA tags,
 * the UN 1718 regime ({@code UN_LIST_TYPE=DPRK}), and the UK's "Democratic People's Republic of Korea" regime.
 */
final class DprkDesignation {

    private DprkDesignation() {
    }

    static boolean isDprk(ListEntry entry) {
        return entry.programmes().stream().map(p -> p.toUpperCase(Locale.ROOT))
                .anyMatch(p -> p.startsWith("DPRK") || p.contains("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")
                        || p.contains("NORTH KOREA"));
    }

    static String describe(ListEntry entry) {
        return entry.key() + " " + entry.primaryName().text() + " " + entry.programmes().stream().sorted().toList();
    }
}
