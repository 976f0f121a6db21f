package io.interdict.screening.domain.matching.normalisation;

import java.util.Map;

/**
 * Conventional abbreviations written out: of given names (Malay and South Asian files write {@code Mohd}, {@code Md}
 * for Muhammad) and of common words in company names ({@code Intl}, {@code Mfg}). Only abbreviations that cannot be
 * read as anything else are listed; {@code St} (saint or street) is not.
 */
final class Abbreviations {

    private static final Map<String, String> WRITTEN_OUT = Map.ofEntries(
            Map.entry("mohd", "muhammad"), Map.entry("muhd", "muhammad"), Map.entry("mhd", "muhammad"),
            Map.entry("md", "muhammad"), Map.entry("mohd.", "muhammad"),
            Map.entry("intl", "international"), Map.entry("int'l", "international"),
            Map.entry("mfg", "manufacturing"), Map.entry("natl", "national"), Map.entry("assn", "association"),
            Map.entry("dept", "department"), Map.entry("govt", "government"), Map.entry("univ", "university"),
            Map.entry("bros", "brothers"), Map.entry("mgmt", "management"), Map.entry("svcs", "services"),
            Map.entry("engg", "engineering"));

    private Abbreviations() {
    }

    static String writtenOut(String word) {
        return WRITTEN_OUT.getOrDefault(word, word);
    }
}
