package io.interdict.screening.infrastructure.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a country as the lists name it ({@code Korea, North}, {@code Iran (Islamic Republic of)},
 * {@code Congo, Democratic Republic of the}, {@code Burma}) and gives its ISO 3166-1 alpha-2 code. The table is
 * Java's English country names plus the aliases below, which cover the spellings OFAC, the UN, OFSI and the CSL use
 * that Java's names do not.
 */
public final class CountryNames {

    private static final String[][] ALIASES = {
        {"KP", "Korea, North"}, {"KP", "North Korea"}, {"KP", "Democratic People's Republic of Korea"},
        {"KP", "Korea, Democratic People's Republic of"}, {"KP", "DPRK"}, {"KP", "Korea (North)"},
        {"KR", "Korea, South"}, {"KR", "Republic of Korea"}, {"KR", "Korea, Republic of"}, {"KR", "Korea"},
        {"MM", "Burma"}, {"MM", "Myanmar"},
        {"IR", "Iran (Islamic Republic of)"}, {"IR", "Islamic Republic of Iran"}, {"IR", "Iran, Islamic Republic of"},
        {"RU", "Russian Federation"}, {"SY", "Syrian Arab Republic"},
        {"CD", "Congo, Democratic Republic of the"}, {"CD", "Democratic Republic of the Congo"},
        {"CD", "Congo (Democratic Republic)"}, {"CD", "Congo, The Democratic Republic of the"}, {"CD", "Zaire"},
        {"CG", "Congo, Republic of the"}, {"CG", "Republic of the Congo"}, {"CG", "Congo"},
        {"CG", "Congo (Republic)"},
        {"CI", "Cote d'Ivoire"}, {"CI", "Ivory Coast"},
        {"LA", "Lao People's Democratic Republic"}, {"LA", "Lao"},
        {"VN", "Viet Nam"}, {"CZ", "Czech Republic"}, {"TR", "Turkiye"},
        {"TZ", "United Republic of Tanzania"}, {"TZ", "Tanzania, United Republic of"},
        {"MD", "Republic of Moldova"}, {"MD", "Moldova, Republic of"},
        {"VE", "Venezuela (Bolivarian Republic of)"}, {"VE", "Bolivarian Republic of Venezuela"},
        {"BO", "Bolivia (Plurinational State of)"}, {"FM", "Micronesia, Federated States of"},
        {"MK", "North Macedonia, The Republic of"}, {"MK", "Macedonia"}, {"MK", "The former Yugoslav Republic of Macedonia"},
        {"PS", "Palestinian"}, {"PS", "Palestine"}, {"PS", "State of Palestine"}, {"PS", "West Bank"}, {"PS", "Gaza"},
        {"PS", "Occupied Palestinian Territories"},
        {"HK", "Hong Kong"}, {"MO", "Macau"}, {"MO", "Macao"},
        {"US", "United States of America"}, {"US", "USA"},
        {"GB", "United Kingdom of Great Britain and Northern Ireland"}, {"GB", "UK"}, {"GB", "Great Britain"},
        {"AE", "UAE"}, {"BS", "The Bahamas"}, {"BS", "Bahamas, The"}, {"GM", "The Gambia"}, {"GM", "Gambia, The"},
        {"XK", "Kosovo"}, {"VA", "Holy See"}, {"VA", "Vatican City"}, {"SZ", "Swaziland"}, {"CV", "Cabo Verde"},
        {"TL", "East Timor"}, {"BN", "Brunei Darussalam"}, {"SK", "Slovak Republic"}, {"KG", "Kyrgyz Republic"},
        {"TW", "Taiwan, Province of China"}, {"SS", "South Sudan, Republic of"}, {"YE", "Republic of Yemen"},
        {"LY", "Libyan Arab Jamahiriya"}, {"CN", "People's Republic of China"}, {"CN", "China, People's Republic of"},
        {"NL", "Netherlands, The"}, {"NL", "The Netherlands"},
        {"CI", "Cote d Ivoire"}, {"IM", "Man, Isle of"}, {"VC", "Saint Vincent and the Grenadines"},
        {"VG", "Virgin Islands, British"}, {"VI", "Virgin Islands, U.S."}, {"UA", "Crimea"}, {"ML", "Northern Mali"},
        {"HK", "China, Hong Kong Special Administrative Region"}, {"MO", "China, Macao Special Administrative Region"},
        {"BA", "Bosnia-Herzegovina"}, {"GB", "Britain"}, {"DE", "German"}, {"RU", "Russian"},
        // misspellings as the lists have them
        {"BY", "Belrus"}, {"MD", "Repubic of Moldova"},
        {"AN", "Netherlands Antilles"}, {"CS", "Serbia and Montenegro"}, {"SU", "Soviet Union"}, {"YU", "Yugoslavia"},
    };

    private static final Map<String, String> CODES = table();
    /** The lists repeat a few hundred country spellings tens of thousands of times. */
    private static final Map<String, Optional<String>> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private CountryNames() {
    }

    /** The ISO alpha-2 code of the country {@code name} names, or empty when it is not recognised. */
    public static Optional<String> iso2(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return SEEN.computeIfAbsent(name, CountryNames::lookUp);
    }

    /**
     * OFAC writes some places as {@code Region: Gaza}; OFSI sometimes adds a note in brackets
     * ({@code Iraq (previous address)}): both are tried without that part when the whole is not a country name.
     */
    private static Optional<String> lookUp(String name) {
        Optional<String> code = byKey(name);
        if (code.isEmpty() && name.startsWith("Region: ")) {
            code = byKey(name.substring(8));
        }
        if (code.isEmpty() && name.strip().endsWith(")") && name.indexOf('(') > 0) {
            code = byKey(name.substring(0, name.indexOf('(')));
        }
        return code;
    }

    private static Optional<String> byKey(String name) {
        String key = key(name);
        String code = CODES.get(key);
        if (code == null && key.startsWith("the ")) {
            code = CODES.get(key.substring(4));
        }
        return Optional.ofNullable(code);
    }

    /** The code when recognised, else an empty string (the form {@code Address} keeps). */
    public static String iso2OrEmpty(String name) {
        return iso2(name).orElse("");
    }

    private static Map<String, String> table() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            codes.putIfAbsent(key(english), code);
            // "Myanmar (Burma)", "Hong Kong SAR China": the parts are names in their own right
            for (String part : english.split("\\(|\\)| SAR ")) {
                if (!part.isBlank()) {
                    codes.putIfAbsent(key(part), code);
                }
            }
        }
        for (String[] alias : ALIASES) {
            codes.put(key(alias[1]), alias[0]);
        }
        return Map.copyOf(codes);
    }

    /** Case, accents, punctuation and "&"/"St." spelling do not distinguish two country names. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.toLowerCase(Locale.ROOT).replace("&", " and ").replace("’", "'").replace("'", "");
        plain = plain.replaceAll("\\bst\\.", "saint ");
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
