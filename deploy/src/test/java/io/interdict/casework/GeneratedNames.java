package io.interdict.casework;

import java.util.Random;

/**
 * Names of a bank's customers for the benchmarks: persons and companies of many naming traditions and countries,
 * none of them listed, drawn from a seeded {@link Random} so that a run can be repeated.
 */
final class GeneratedNames {

    private static final String[] GIVEN = {"James", "Maria", "Wei", "Fatima", "Olga", "Hiroshi", "Ahmed", "Sofia",
        "Jin", "Carlos", "Aisha", "Ivan", "Mei", "Omar", "Elena", "Min-jun", "Priya", "Lucas", "Nadia", "Kwame",
        "Anna", "Sergei", "Leila", "Tomasz", "Yuki", "Hassan", "Chloe", "Dmitri", "Ji-woo", "Mohammed"};
    private static final String[] FAMILY = {"Smith", "Garcia", "Wang", "Khan", "Ivanova", "Tanaka", "Hassan",
        "Rossi", "Kim", "Silva", "Ali", "Petrov", "Chen", "Haddad", "Popescu", "Park", "Sharma", "Muller",
        "Nowak", "Mensah", "Schmidt", "Volkov", "Rahimi", "Kowalski", "Sato", "Yilmaz", "Dubois", "Sokolov",
        "Choi", "Abdullah", "Fernandes", "Okafor", "Lindqvist", "Novak", "Moreau", "Jensen"};
    private static final String[] TRADE = {"Global", "Pacific", "Nordic", "Atlas", "Golden", "Star", "Eastern",
        "United", "Prime", "Silk Road", "Harbour", "Summit", "Delta", "Orient", "Crescent", "Meridian", "Blue Sea"};
    private static final String[] LINE = {"Trading", "Shipping", "Logistics", "Metals", "Electronics", "Textiles",
        "Foods", "Machinery", "Chemicals", "Holdings", "Energy", "Marine", "Import Export", "Technology"};
    private static final String[] FORM = {"Ltd", "LLC", "GmbH", "Co., Ltd.", "S.A.", "Limited", "Corp", "JSC",
        "Pte Ltd", "FZE", "B.V.", "S.R.L."};
    private static final String[] COUNTRIES = {"US", "GB", "DE", "CN", "RU", "AE", "SG", "HK", "TR", "IN", "KR",
        "JP", "FR", "BR", "NG"};

    private GeneratedNames() {
    }

    /** A person: given and family name, one in five with a double family name. */
    static String person(Random random) {
        return pick(random, GIVEN) + " " + pick(random, FAMILY) + (random.nextInt(5) == 0 ? "-"
                + pick(random, FAMILY) : "");
    }

    /** A company: a trade name, a line of business and a legal form. */
    static String company(Random random) {
        return pick(random, TRADE) + " " + pick(random, LINE) + " " + pick(random, FORM);
    }

    /** An ISO country code of the book's customers. */
    static String country(Random random) {
        return pick(random, COUNTRIES);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
