package io.interdict.screening.domain.matching.scoring;

import io.interdict.screening.domain.matching.TokenMatch;
import io.interdict.screening.domain.matching.normalisation.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The name-similarity feature: aligns the query's words with a listed name's words in any order and scores the
 * share of weight they have in common.
 *
 * <ol>
 *   <li>Every query unit is compared with every listed unit (see {@link AlignableName}: words, neighbouring pairs
 *       joined, and the compact form), by {@link TokenSimilarity}.</li>
 *   <li>Pairs are taken greedily from the most similar down; a word is used at most once on each side, so that
 *       {@code Vladimir} cannot match {@code VLADIMIROV, Vladimir Vladimirovich} twice.</li>
 *   <li>A pair earns {@link #credit(double)} × (query weight + listed weight). Similarities below
 *       {@value #CREDIT_FLOOR} earn nothing: two different names are often 0.75 alike by Jaro-Winkler.</li>
 *   <li>The score is earned ÷ (all query weight + matched listed weight + {@value #UNMATCHED_LISTED_WEIGHT} × unmatched
 *       listed weight). Every query word must be explained, so an unmatched query word costs its full weight (a
 *       recombined given name and surname of two listed people scores about half); a listed word the query leaves
 *       out (a patronymic, a middle name) costs 30% of its weight.</li>
 * </ol>
 */
public final class NameAlignment {

    /** Share of an unmatched listed word's weight that counts against the score. */
    public static final double UNMATCHED_LISTED_WEIGHT = 0.3;
    /**
     * Joined forms must be nearly equal to count: run together, short Korean syllables make long strings that are
     * alike by chance ({@code jesonkim} and {@code choesongil}).
     */
    public static final double JOINED_MIN = 0.93;
    /** Similarities below this earn no credit. */
    public static final double CREDIT_FLOOR = 0.68;
    /** Similarities at or above this earn their full value. */
    public static final double FULL_CREDIT = 0.84;

    private NameAlignment() {
    }

    /** The name score in [0,1]. */
    public static double score(AlignableName query, AlignableName listed) {
        return align(query, listed, null, null);
    }

    /** The name score, reusing word similarities already computed for this query. */
    public static double score(AlignableName query, AlignableName listed, SimilarityMemo memo) {
        return align(query, listed, null, memo);
    }

    /** The name score with the word pairs that make it. */
    public static Comparison compare(AlignableName query, AlignableName listed) {
        return compare(query, listed, null);
    }

    /** The name score with the word pairs that make it, reusing word similarities already computed for the query. */
    public static Comparison compare(AlignableName query, AlignableName listed, SimilarityMemo memo) {
        List<TokenMatch> pairs = new ArrayList<>();
        double score = align(query, listed, pairs, memo);
        return new Comparison(score, pairs);
    }

    /** A name score and its word pairs. */
    public record Comparison(double score, List<TokenMatch> pairs) {
    }

    /** Credit for a pair: full at {@value #FULL_CREDIT} and above, falling to nothing at {@value #CREDIT_FLOOR}. */
    public static double credit(double similarity) {
        if (similarity >= FULL_CREDIT) {
            return similarity;
        }
        if (similarity <= CREDIT_FLOOR) {
            return 0.0;
        }
        return similarity * (similarity - CREDIT_FLOOR) / (FULL_CREDIT - CREDIT_FLOOR);
    }

    private static double align(AlignableName q, AlignableName l, List<TokenMatch> out, SimilarityMemo memo) {
        if (q.tokens.length == 0 || l.tokens.length == 0) {
            return 0.0;
        }
        AlignableName.Unit[] qu = q.units;
        AlignableName.Unit[] lu = l.units;
        int capacity = qu.length * lu.length;
        double[] sims = new double[capacity];
        int[] qIdx = new int[capacity];
        int[] lIdx = new int[capacity];
        int count = 0;
        // equal words pair first and are not compared with anything else: they are taken first by the greedy step
        // anyway, and most words of a candidate name are equal to a query word (that is how it became a candidate)
        long exactQ = 0;
        long exactL = 0;
        int nq = q.tokens.length;
        int nl = l.tokens.length;
        for (int i = 0; i < nq; i++) {
            String text = q.tokens[i].text();
            for (int j = 0; j < nl; j++) {
                if ((exactL & (1L << j)) == 0 && l.tokens[j].kind() == q.tokens[i].kind()
                        && l.tokens[j].text().equals(text)) {
                    exactQ |= 1L << i;
                    exactL |= 1L << j;
                    sims[count] = 1.0;
                    qIdx[count] = i;   // singles come first among the units, in word order
                    lIdx[count] = j;
                    count++;
                    break;
                }
            }
        }
        for (int i = 0; i < qu.length; i++) {
            AlignableName.Unit a = qu[i];
            if ((a.mask() & exactQ) != 0) {
                continue;
            }
            for (int j = 0; j < lu.length; j++) {
                AlignableName.Unit b = lu[j];
                if ((b.mask() & exactL) != 0) {
                    continue;
                }
                if (a.joined() && b.joined()) {
                    // only whole against whole, and only when equal up to romanisation
                    if (Long.bitCount(a.mask()) < 3 || Long.bitCount(b.mask()) < 3
                            || !a.token().key().equals(b.token().key())) {
                        continue;
                    }
                } else if (a.joined() || b.joined()) {
                    AlignableName.Unit single = a.joined() ? b : a;
                    if (single.token().kind() != TokenKind.NAME) {
                        continue;
                    }
                    // a joined form must be nearly equal to count (JOINED_MIN): same first letter, nearly the same
                    // length; checked before any Jaro-Winkler, since joined forms multiply the pairs to compare
                    String ka = a.token().key();
                    String kb = b.token().key();
                    if (ka.charAt(0) != kb.charAt(0) || Math.abs(ka.length() - kb.length()) > 2) {
                        continue;
                    }
                }
                double sim;
                if (memo != null && b.tokenId() >= 0) {
                    sim = memo.get(i, b.tokenId());
                    if (sim < 0) {
                        sim = TokenSimilarity.similarity(a.token(), b.token());
                        memo.put(i, b.tokenId(), sim);
                    }
                } else {
                    sim = TokenSimilarity.similarity(a.token(), b.token());
                }
                if (a.joined() && b.joined() ? sim < TokenSimilarity.ROMANISATION
                        : (a.joined() || b.joined()) && sim < JOINED_MIN) {
                    // whole against whole only when equal up to romanisation: run-together reorderings look alike
                    continue;
                }
                if (sim > CREDIT_FLOOR) {
                    sims[count] = sim;
                    qIdx[count] = i;
                    lIdx[count] = j;
                    count++;
                }
            }
        }
        // greedy: most similar pair first; among equals the heavier (more words, rarer words) first. Insertion sort
        // of a few dozen indices: no boxing on the matcher's hottest path
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            int x = k;
            double sx = sims[x];
            double wx = qu[qIdx[x]].weight() + lu[lIdx[x]].weight();
            int pos = k;
            while (pos > 0) {
                int y = order[pos - 1];
                double sy = sims[y];
                if (sy > sx || (sy == sx && qu[qIdx[y]].weight() + lu[lIdx[y]].weight() >= wx)) {
                    break;
                }
                order[pos] = y;
                pos--;
            }
            order[pos] = x;
        }
        long usedQ = 0;
        long usedL = 0;
        double earned = 0;
        double matchedListed = 0;
        for (int k = 0; k < count; k++) {
            int p = order[k];
            AlignableName.Unit a = qu[qIdx[p]];
            AlignableName.Unit b = lu[lIdx[p]];
            if ((usedQ & a.mask()) != 0 || (usedL & b.mask()) != 0) {
                continue;
            }
            usedQ |= a.mask();
            usedL |= b.mask();
            double pairWeight = a.weight() + b.weight();
            earned += credit(sims[p]) * pairWeight;
            matchedListed += b.weight();
            if (out != null) {
                out.add(new TokenMatch(a.label(), b.label(), sims[p],
                        TokenSimilarity.kind(a.token(), b.token()), pairWeight));
            }
        }
        double unmatchedListed = l.totalWeight - matchedListed;
        double denominator = q.totalWeight + matchedListed + UNMATCHED_LISTED_WEIGHT * unmatchedListed;
        if (denominator <= 0) {
            return 0.0;
        }
        return Math.min(1.0, earned / denominator);
    }
}
