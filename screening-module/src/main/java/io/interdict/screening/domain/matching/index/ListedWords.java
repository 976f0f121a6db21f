package io.interdict.screening.domain.matching.index;

import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.TokenKind;
import io.interdict.screening.domain.matching.scoring.TokenWeights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the listed names: a dense id and a document frequency for each, the ways a query word finds them
 * (the same romanisation key, the same consonant skeleton, one deletion), and their weights.
 *
 * <p>Word weights are inverse document frequencies over all listed names: {@code ln(1 + N/df)} times the word
 * kind's factor. Immutable once built.
 */
final class ListedWords implements TokenWeights {

    private final Map<String, Integer> ids;
    private final int[] documentFrequency;
    private final Map<String, int[]> byKey;
    private final Map<String, int[]> bySkeleton;
    private final Map<String, int[]> byDeletion;
    private final int nameCount;
    private final double maxIdf;

    /**
     * @param frequencies how many names hold each word (weak aliases included)
     * @param tokens      by id, the word as the screenable names hold it, or null for a word only weak aliases hold:
     *                    only screenable words can be found by their spelling
     * @param nameCount   how many names were counted
     */
    ListedWords(Map<String, Integer> ids, int[] frequencies, NameToken[] tokens, int nameCount) {
        this.ids = ids;
        this.documentFrequency = frequencies;
        this.nameCount = Math.max(1, nameCount);
        this.maxIdf = Math.log(1.0 + this.nameCount);
        Map<String, IntList> key = new HashMap<>();
        Map<String, IntList> skeleton = new HashMap<>();
        Map<String, IntList> deletion = new HashMap<>();
        for (int id = 0; id < tokens.length; id++) {
            NameToken t = tokens[id];
            if (t == null || t.kind() != TokenKind.NAME) {
                continue;
            }
            key.computeIfAbsent(t.key(), k -> new IntList()).add(id);
            if (t.skeleton().length() >= 3) {
                skeleton.computeIfAbsent(t.skeleton(), k -> new IntList()).add(id);
            }
            if (t.text().length() >= 4) {
                for (String d : deletions(t.text())) {
                    deletion.computeIfAbsent(d, k -> new IntList()).addDistinct(id);
                }
            }
        }
        this.byKey = IntList.frozen(key);
        this.bySkeleton = IntList.frozen(skeleton);
        this.byDeletion = IntList.frozen(deletion);
    }

    /** Words a query can be found by: names and numbers, not legal forms, articles or titles. */
    static boolean searchable(NameToken t) {
        return t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER;
    }

    /** The word itself and every form with one letter deleted. */
    static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length() + 1);
        out.add(word);
        for (int i = 0; i < word.length(); i++) {
            String d = word.substring(0, i) + word.substring(i + 1);
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The id of a listed word, or null. */
    Integer id(String text) {
        return ids.get(text);
    }

    int count() {
        return ids.size();
    }

    /** Ids of the screenable words with this romanisation key, or null. */
    int[] withKey(String key) {
        return byKey.get(key);
    }

    /** Ids of the screenable words with this consonant skeleton, or null. */
    int[] withSkeleton(String skeleton) {
        return bySkeleton.get(skeleton);
    }

    /** Ids of the screenable words of which this is a form with at most one letter deleted, or null. */
    int[] withDeletion(String deletion) {
        return byDeletion.get(deletion);
    }

    /**
     * A listed word weighs its IDF. A word no list has takes the IDF of its most common listed neighbour (same key or
     * one edit away): {@code BAMK} is a typo of the common {@code BANK}, not the rarest word there is. Only a word
     * with no listed neighbour weighs as the rarest.
     */
    @Override
    public double weight(NameToken token) {
        Integer id = ids.get(token.text());
        int df = id != null ? documentFrequency[id] : neighbourFrequency(token);
        double idf = df == 0 ? maxIdf : Math.log(1.0 + (double) nameCount / df);
        return idf * token.kind().weightFactor();
    }

    private int neighbourFrequency(NameToken token) {
        if (token.kind() != TokenKind.NAME) {
            return 0;
        }
        int best = highestFrequency(byKey.get(token.key()), 0);
        if (token.text().length() >= 4) {
            for (String d : deletions(token.text())) {
                best = highestFrequency(byDeletion.get(d), best);
            }
        }
        return best;
    }

    private int highestFrequency(int[] words, int atLeast) {
        int best = atLeast;
        if (words != null) {
            for (int t : words) {
                best = Math.max(best, documentFrequency[t]);
            }
        }
        return best;
    }
}
