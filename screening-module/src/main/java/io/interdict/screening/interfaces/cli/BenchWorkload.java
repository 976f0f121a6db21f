package io.interdict.screening.interfaces.cli;

import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic screening workload: half names taken from the lists and varied the way customer files vary them
 * (case, word order, a typo, a dropped or joined word), half clean names built from syllables, like the customer
 * base a bank screens where nearly nobody is listed. Seeded, so runs are comparable.
 */
public final class BenchWorkload {

    private static final String[] SYLLABLES = {"an", "ber", "cal", "dor", "el", "fen", "gar", "hol", "ina", "jo",
        "kar", "lin", "mar", "nor", "ol", "per", "qui", "ros", "san", "tor", "ul", "ver", "wen", "xan", "yor", "zel",
        "ste", "mon", "ric", "hal", "vik", "son", "berg", "ley", "ton", "field", "ward", "ez", "ova", "enko"};
    private static final String[] COMPANY_WORDS = {"global", "trading", "logistics", "holdings", "industries",
        "marine", "energy", "capital", "systems", "solutions", "partners", "group", "foods", "textiles", "metals"};
    private static final String[] LEGAL = {"LLC", "Ltd", "Co., Ltd.", "GmbH", "S.A.", "Inc.", "JSC", "PLC"};

    private BenchWorkload() {
    }

    public static List<String> names(List<ListEntry> entries, int count, long seed) {
        Random random = new Random(seed);
        List<String> listed = new ArrayList<>();
        for (ListEntry e : entries) {
            e.screenableNames().map(EntryName::text).forEach(listed::add);
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0 && !listed.isEmpty()) {
                out.add(vary(listed.get(random.nextInt(listed.size())), random));
            } else {
                out.add(clean(random));
            }
        }
        return out;
    }

    private static String vary(String name, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(name.replace(",", "").split("\\s+")));
        switch (random.nextInt(6)) {
            case 0 -> Collections.reverse(words);
            case 1 -> {
                int w = random.nextInt(words.size());
                String word = words.get(w);
                if (word.length() > 3) {
                    int p = 1 + random.nextInt(word.length() - 2);
                    words.set(w, word.substring(0, p) + word.substring(p + 1));
                }
            }
            case 2 -> {
                if (words.size() > 2) {
                    words.remove(1 + random.nextInt(words.size() - 2));
                }
            }
            case 3 -> {
                if (words.size() > 1) {
                    int w = random.nextInt(words.size() - 1);
                    words.set(w, words.get(w) + words.remove(w + 1));
                }
            }
            case 4 -> {
                return name.toLowerCase(Locale.ROOT);
            }
            default -> {
                return name;
            }
        }
        return String.join(" ", words);
    }

    private static String clean(Random random) {
        if (random.nextInt(3) == 0) {
            return cap(word(random)) + " " + cap(COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)]) + " "
                    + LEGAL[random.nextInt(LEGAL.length)];
        }
        StringBuilder name = new StringBuilder(cap(word(random)));
        int words = 1 + random.nextInt(3);
        for (int i = 0; i < words; i++) {
            name.append(' ').append(cap(word(random)));
        }
        return name.toString();
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
