package io.interdict.screening.domain.matching.scoring;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, up to 4 prefix letters, boost above 0.7: the constants OFAC's search,
 * Watchman and commons-text use). Allocation-free for words up to 64 letters, since it runs millions of times.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la > lb) {
            String t = a; a = b; b = t;
            int tl = la; la = lb; lb = tl;
        }
        if (lb > 64) {
            return jaroWinklerLong(a, b);
        }
        int window = Math.max(0, lb / 2 - 1);
        long matchedB = 0L;
        long matchedA = 0L;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedB |= 1L << j;
                    matchedA |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((matchedA & (1L << i)) != 0) {
                while ((matchedB & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return winkler(a, b, matches, transpositions / 2);
    }

    private static double winkler(String a, String b, int matches, int halfTranspositions) {
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - halfTranspositions) / m) / 3.0;
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static double jaroWinklerLong(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, lb / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return winkler(a, b, matches, transpositions / 2);
    }
}
