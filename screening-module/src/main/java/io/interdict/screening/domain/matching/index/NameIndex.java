package io.interdict.screening.domain.matching.index;

import static io.interdict.screening.domain.matching.scoring.NameAlignment.UNMATCHED_LISTED_WEIGHT;

import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.TokenKind;
import io.interdict.screening.domain.matching.scoring.AlignableName;
import io.interdict.screening.domain.matching.scoring.TokenWeights;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.List;
import java.util.Map;

/**
 * The listed names, normalised once, and an inverted index from words to the names that hold them.
 *
 * <p>A query word finds a listed word through: the same word; the same romanisation key; the same consonant skeleton
 * (3+ letters); a one-letter deletion of either (so one insert, delete, substitute or transpose, SymSpell style, for
 * words of 4+ letters); and the joined forms (neighbouring words run together, the whole name run together), so
 * {@code NAMCHONGANG} finds {@code NAM CHON GANG}. Each listed name found gets the word's weight; the
 * {@code limit} heaviest are the candidates. Weak aliases are kept for confirmation but never indexed: a weak alias
 * alone cannot bring an entry up.
 *
 * <p>Word weights are inverse document frequencies over all listed names ({@link ListedWords}). Built by
 * {@link NameIndexBuilder}; immutable after that and safe for concurrent queries.
 */
public final class NameIndex implements TokenWeights {

    /** A word whose expansions reach more names than this only adds to names rarer words found. */
    private static final int COMMON_POSTINGS = 1000;

    private final NameNormaliser normaliser;
    private final List<ListEntry> entries;
    /** Screenable (primary and strong) names: the ones that may create a hit. */
    private final AlignableName[] names;
    private final EntryName[] entryNames;
    private final int[] nameEntry;
    private final double[] nameWeight;
    /** Weak aliases per entry, for confirmation only. */
    private final AlignableName[][] weakNames;
    private final EntryName[][] weakEntryNames;

    private final ListedWords words;
    /** By word id: the screenable names that hold the word, and its weight. */
    private final int[][] postings;
    private final double[] wordWeight;
    private final Map<String, int[]> namesByJoinedForm;

    private final ThreadLocal<Scratch> scratch;

    /** Indexes the names of these entries. */
    public static NameIndex of(List<ListEntry> entries, NameNormaliser normaliser) {
        return new NameIndexBuilder(entries, normaliser).build();
    }

    NameIndex(NameIndexBuilder built) {
        this.normaliser = built.normaliser;
        this.entries = built.entries;
        this.names = built.names;
        this.entryNames = built.entryNames;
        this.nameEntry = built.nameEntry;
        this.weakNames = built.weakNames;
        this.weakEntryNames = built.weakEntryNames;
        this.words = built.words;
        this.postings = built.postings;
        this.wordWeight = built.wordWeight;
        this.namesByJoinedForm = built.namesByJoinedForm;
        this.nameWeight = new double[names.length];
        for (int n = 0; n < names.length; n++) {
            nameWeight[n] = names[n].totalWeight();
        }
        int size = names.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    /** A word's IDF weight (see {@link ListedWords#weight}). */
    @Override
    public double weight(NameToken token) {
        return words.weight(token);
    }

    /** Normalises and prepares a query name with this index's word weights. */
    public AlignableName prepare(String name) {
        return AlignableName.of(normaliser.normalise(name), words);
    }

    /**
     * The ids of at most {@code limit} listed names most likely to match, heaviest shared evidence first.
     */
    public int[] candidates(AlignableName query, int limit) {
        return candidates(query, limit, 0.0);
    }

    /**
     * The ids of at most {@code limit} listed names most likely to match, leaving out those whose estimated name score
     * (shared weight against both names' weight, as if every shared word matched exactly) is below {@code minEstimate}:
     * a name sharing only a common word with a long query is not worth aligning.
     */
    public int[] candidates(AlignableName query, int limit, double minEstimate) {
        Scratch s = scratch.get();
        s.reset();
        int n = query.size();
        boolean anySearchable = false;
        for (int i = 0; i < n; i++) {
            anySearchable |= ListedWords.searchable(query.token(i));
        }
        // rarest words first: a common word ("trading", "kim") then only adds to names a rarer word already found,
        // instead of bringing in a thousand names that share nothing else with the query
        Integer[] order = new Integer[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!anySearchable || ListedWords.searchable(query.token(i))) {
                order[count++] = i;
            }
        }
        Integer[] ordered = java.util.Arrays.copyOf(order, count);
        java.util.Arrays.sort(ordered, (x, y) -> Double.compare(query.weight(y), query.weight(x)));
        for (int i : ordered) {
            NameToken t = query.token(i);
            s.nextUnit();
            double w = query.weight(i);
            collectTerms(t, s);
            int postingsTotal = 0;
            for (int k = 0; k < s.termCount; k++) {
                postingsTotal += postings[s.terms[k]].length;
            }
            boolean onlyFound = postingsTotal > COMMON_POSTINGS && s.touchedCount > 0;
            for (int k = 0; k < s.termCount; k++) {
                addPostings(postings[s.terms[k]], w, wordWeight[s.terms[k]], s, onlyFound);
            }
            int[] viaJoin = namesByJoinedForm.get(t.text());
            if (viaJoin != null) {
                addPostings(viaJoin, w, w, s, false);
            }
        }
        List<NameToken> joinedForms = query.joinedForms();
        double[] joinedWeights = query.joinedWeights();
        for (int k = 0; k < joinedForms.size(); k++) {
            NameToken j = joinedForms.get(k);
            s.nextUnit();
            double w = joinedWeights[k];
            Integer id = words.id(j.text());
            if (id != null) {
                addPostings(postings[id], w, wordWeight[id], s, false);
            }
            int[] viaJoin = namesByJoinedForm.get(j.text());
            if (viaJoin != null) {
                addPostings(viaJoin, w, w, s, false);
            }
        }
        return s.top(limit, query.totalWeight(), nameWeight, minEstimate);
    }

    private void collectTerms(NameToken t, Scratch s) {
        s.termCount = 0;
        s.termStamp++;
        Integer exact = words.id(t.text());
        if (exact != null) {
            s.addTerm(exact);
        }
        if (t.kind() != TokenKind.NAME) {
            return;
        }
        addTerms(words.withKey(t.key()), s);
        if (t.skeleton().length() >= 3) {
            addTerms(words.withSkeleton(t.skeleton()), s);
        }
        if (t.text().length() >= 4) {
            for (String d : ListedWords.deletions(t.text())) {
                addTerms(words.withDeletion(d), s);
            }
        }
    }

    private static void addTerms(int[] ids, Scratch s) {
        if (ids != null) {
            for (int id : ids) {
                s.addTerm(id);
            }
        }
    }

    private static void addPostings(int[] ids, double queryWeight, double listedWeight, Scratch s, boolean onlyFound) {
        if (onlyFound) {
            for (int n : ids) {
                if (s.score[n] != 0f) {
                    s.add(n, queryWeight, listedWeight);
                }
            }
        } else {
            for (int n : ids) {
                s.add(n, queryWeight, listedWeight);
            }
        }
    }

    public AlignableName name(int nameId) {
        return names[nameId];
    }

    public EntryName entryName(int nameId) {
        return entryNames[nameId];
    }

    public int entryOf(int nameId) {
        return nameEntry[nameId];
    }

    public ListEntry entry(int entryIndex) {
        return entries.get(entryIndex);
    }

    public int entryCount() {
        return entries.size();
    }

    public int nameCount() {
        return names.length;
    }

    public int termCount() {
        return words.count();
    }

    public AlignableName[] weakNames(int entryIndex) {
        return weakNames[entryIndex];
    }

    public EntryName[] weakEntryNames(int entryIndex) {
        return weakEntryNames[entryIndex];
    }

    /** Per-thread accumulators: one slot per listed name, reset by the touched list only. */
    private static final class Scratch {
        final float[] score;
        final float[] listed;
        final int[] unitStamp;
        final int[] touched;
        int touchedCount;
        int unit;
        int[] terms = new int[64];
        int termCount;
        int[] termSeen = new int[0];
        int termStamp;

        Scratch(int names) {
            score = new float[names];
            listed = new float[names];
            unitStamp = new int[names];
            touched = new int[names];
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                score[touched[i]] = 0f;
                listed[touched[i]] = 0f;
            }
            touchedCount = 0;
        }

        void nextUnit() {
            unit++;
        }

        void addTerm(int id) {
            if (id >= termSeen.length) {
                termSeen = java.util.Arrays.copyOf(termSeen, Math.max(id + 1, termSeen.length * 2));
            }
            if (termSeen[id] == termStamp) {
                return;
            }
            termSeen[id] = termStamp;
            if (termCount == terms.length) {
                terms = java.util.Arrays.copyOf(terms, termCount * 2);
            }
            terms[termCount++] = id;
        }

        void add(int name, double queryWeight, double listedWeight) {
            if (unitStamp[name] == unit) {
                return;
            }
            unitStamp[name] = unit;
            if (score[name] == 0f) {
                touched[touchedCount++] = name;
            }
            score[name] += (float) queryWeight;
            listed[name] += (float) listedWeight;
        }

        /**
         * The {@code limit} names with the best estimated name score: the shared weight against the weight of both
         * names, the way {@code NameAlignment} will score them, so a long name sharing one common word ranks below a
         * short name sharing it.
         */
        int[] top(int limit, double queryWeight, double[] nameWeight, double minEstimate) {
            int kept = 0;
            for (int i = 0; i < touchedCount; i++) {
                int n = touched[i];
                double q = Math.min(score[n], queryWeight);
                double l = Math.min(listed[n], nameWeight[n]);
                double estimate = (q + l) / (queryWeight + l + UNMATCHED_LISTED_WEIGHT * (nameWeight[n] - l) + 1e-9);
                score[n] = (float) Math.max(estimate, 1e-6);
                // compare the stored float, as the passes below do: the double may round either way
                if (score[n] >= minEstimate) {
                    kept++;
                }
            }
            if (kept <= limit) {
                int[] all = new int[kept];
                int k = 0;
                for (int i = 0; i < touchedCount; i++) {
                    if (score[touched[i]] >= minEstimate) {
                        all[k++] = touched[i];
                    }
                }
                return all;
            }
            // min-heap of size limit over (score, id)
            int[] heap = new int[limit];
            int size = 0;
            for (int i = 0; i < touchedCount; i++) {
                int n = touched[i];
                if (score[n] < minEstimate) {
                    continue;
                }
                if (size < limit) {
                    heap[size] = n;
                    siftUp(heap, size++);
                } else if (score[n] > score[heap[0]]) {
                    heap[0] = n;
                    siftDown(heap, size);
                }
            }
            return heap;
        }

        private void siftUp(int[] heap, int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (score[heap[i]] >= score[heap[parent]]) {
                    return;
                }
                int t = heap[i]; heap[i] = heap[parent]; heap[parent] = t;
                i = parent;
            }
        }

        private void siftDown(int[] heap, int size) {
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int smallest = i;
                if (l < size && score[heap[l]] < score[heap[smallest]]) {
                    smallest = l;
                }
                if (r < size && score[heap[r]] < score[heap[smallest]]) {
                    smallest = r;
                }
                if (smallest == i) {
                    return;
                }
                int t = heap[i]; heap[i] = heap[smallest]; heap[smallest] = t;
                i = smallest;
            }
        }
    }
}
