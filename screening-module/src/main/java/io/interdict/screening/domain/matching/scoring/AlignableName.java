package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.NormalisedName;
import io.interdict.screening.domain.matching.normalisation.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A normalised name prepared once for alignment: its words with their weights, and the units an alignment may pair —
 * each word, each two neighbouring words joined ({@code abd al} as {@code abdal}, against {@code abdul}), three short
 * neighbouring words joined ({@code nam chon gang} as {@code namchongang}), and all the name words run together. Immutable, shared between threads.
 */
public final class AlignableName {

    /** At most this many words take part in an alignment (coverage is a 64-bit mask). */
    static final int MAX_WORDS = 48;

    final NormalisedName name;
    final NameToken[] tokens;
    final double[] weights;
    final double totalWeight;
    final Unit[] units;

    /** A word or a run of words that can be paired with a unit of the other name. */
    record Unit(NameToken token, int tokenId, long mask, double weight, boolean joined, String label) {
    }

    /**
     * Gives listed words one shared instance and a dense id, so that a query's similarity to a word is computed once
     * per query, not once per listed name holding it ({@link SimilarityMemo}).
     */
    public interface TokenInterner {
        /** The shared instance of this word. */
        NameToken intern(NameToken token);

        /** The dense id of an interned word, or -1. */
        int id(NameToken token);

        /** Query words are not interned. */
        TokenInterner NONE = new TokenInterner() {
            @Override
            public NameToken intern(NameToken token) {
                return token;
            }

            @Override
            public int id(NameToken token) {
                return -1;
            }
        };
    }

    private AlignableName(NormalisedName name, TokenWeights tokenWeights, TokenInterner interner) {
        this.name = name;
        List<NameToken> list = name.tokens();
        int n = Math.min(list.size(), MAX_WORDS);
        tokens = new NameToken[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = interner.intern(list.get(i));
        }
        weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = tokenWeights.weight(tokens[i]);
            total += weights[i];
        }
        totalWeight = total;
        List<Unit> all = new ArrayList<>(2 * n + 1);
        for (int i = 0; i < n; i++) {
            all.add(new Unit(tokens[i], interner.id(tokens[i]), 1L << i, weights[i], false, tokens[i].text()));
        }
        int nameWords = 0;
        long compactMask = 0;
        StringBuilder compact = new StringBuilder();
        StringBuilder compactLabel = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (joinable(tokens[i]) && i + 1 < n && joinable(tokens[i + 1])) {
                NameToken joined = interner.intern(NameToken.of(tokens[i].text() + tokens[i + 1].text(), TokenKind.NAME));
                all.add(new Unit(joined, interner.id(joined), (1L << i) | (1L << (i + 1)), weights[i] + weights[i + 1], true,
                        tokens[i].text() + " " + tokens[i + 1].text()));
            }
            // three short words joined: romanised syllables written apart (NAM CHON GANG against NAMCHONGANG)
            if (i + 2 < n && joinable(tokens[i]) && joinable(tokens[i + 1]) && joinable(tokens[i + 2])
                    && tokens[i].text().length() <= 4 && tokens[i + 1].text().length() <= 4
                    && tokens[i + 2].text().length() <= 4) {
                NameToken joined = interner.intern(NameToken.of(
                        tokens[i].text() + tokens[i + 1].text() + tokens[i + 2].text(), TokenKind.NAME));
                all.add(new Unit(joined, interner.id(joined), (1L << i) | (1L << (i + 1)) | (1L << (i + 2)),
                        weights[i] + weights[i + 1] + weights[i + 2], true,
                        tokens[i].text() + " " + tokens[i + 1].text() + " " + tokens[i + 2].text()));
            }
            if (tokens[i].kind().isNameBearing() || tokens[i].kind() == TokenKind.ARTICLE) {
                nameWords++;
                compactMask |= 1L << i;
                compact.append(tokens[i].text());
                compactLabel.append(compactLabel.length() == 0 ? "" : " ").append(tokens[i].text());
            }
        }
        if (nameWords >= 3) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                if ((compactMask & (1L << i)) != 0) {
                    w += weights[i];
                }
            }
            NameToken whole = interner.intern(NameToken.of(compact.toString(), TokenKind.NAME));
            all.add(new Unit(whole, interner.id(whole), compactMask, w, true,
                    compactLabel.toString()));
        }
        units = all.toArray(new Unit[0]);
    }

    public static AlignableName of(NormalisedName name, TokenWeights weights) {
        return new AlignableName(name, weights, TokenInterner.NONE);
    }

    public static AlignableName of(NormalisedName name, TokenWeights weights, TokenInterner interner) {
        return new AlignableName(name, weights, interner);
    }

    private static boolean joinable(NameToken t) {
        return t.kind() == TokenKind.NAME || t.kind() == TokenKind.ARTICLE || t.kind() == TokenKind.NUMBER;
    }

    public NormalisedName name() {
        return name;
    }

    public int size() {
        return tokens.length;
    }

    /** The i-th word. */
    public NameToken token(int i) {
        return tokens[i];
    }

    /** The i-th word's weight. */
    public double weight(int i) {
        return weights[i];
    }

    /** The summed weight of all its words. */
    public double totalWeight() {
        return totalWeight;
    }

    /** The weights of {@link #joinedForms()}, in the same order: the sum of the words joined. */
    public double[] joinedWeights() {
        return java.util.Arrays.stream(units).filter(Unit::joined).mapToDouble(Unit::weight).toArray();
    }

    /** The joined units (pairs of neighbouring words, and the compact form), as words: what the index keys on. */
    public List<NameToken> joinedForms() {
        List<NameToken> joined = new ArrayList<>();
        for (Unit u : units) {
            if (u.joined()) {
                joined.add(u.token());
            }
        }
        return joined;
    }
}
