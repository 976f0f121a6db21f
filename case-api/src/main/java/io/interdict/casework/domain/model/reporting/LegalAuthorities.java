package io.interdict.casework.domain.model.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal authorities a report names for a target's programmes ("the legal authority or authorities under which
 * the property is blocked / the transaction rejected", 501.603(b)(1)(ii), 501.604(b)(11)). Kept as data
 * ({@code reporting/legal-authorities.tsv}, with its source), so that compliance can review and amend it without a
 * code change; a programme tag that names its executive order ({@code RUSSIA-EO14024}) gives the order itself.
 */
public final class LegalAuthorities {

    static final String RESOURCE = "/reporting/legal-authorities.tsv";
    private static final Pattern ORDER_IN_TAG = Pattern.compile("-EO(\\d{5})\\b");

    private final Map<String, List<String>> byProgramme;

    LegalAuthorities(Map<String, List<String>> byProgramme) {
        this.byProgramme = Map.copyOf(byProgramme);
    }

    /** The table as shipped with the application. */
    public static LegalAuthorities shipped() {
        try (InputStream in = LegalAuthorities.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is missing from the application");
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LegalAuthorities read(BufferedReader table) throws IOException {
        Map<String, List<String>> byProgramme = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = table.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number
                        + ": expected a programme and its authorities separated by a tab");
            }
            byProgramme.put(columns[0].strip(), Arrays.stream(columns[1].split(";")).map(String::strip).toList());
        }
        return new LegalAuthorities(byProgramme);
    }

    /** The authorities of all the programmes, in order, each once; empty when none is known. */
    public List<String> forProgrammes(Collection<String> programmes) {
        Set<String> authorities = new LinkedHashSet<>();
        for (String programme : programmes) {
            String tag = programme.strip();
            authorities.addAll(byProgramme.getOrDefault(tag, List.of()));
            Matcher order = ORDER_IN_TAG.matcher(tag);
            if (!byProgramme.containsKey(tag) && order.find()) {
                authorities.add("E.O. " + order.group(1));
            }
        }
        return List.copyOf(authorities);
    }
}
