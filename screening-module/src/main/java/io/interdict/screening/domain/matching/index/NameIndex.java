package io.interdict.screening.domain.matching.index;

import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.NormalisedName;
import io.interdict.screening.domain.matching.normalisation.TokenKind;
import io.interdict.screening.domain.matching.scoring.AlignableName;
import io.interdict.screening.domain.matching.scoring.TokenWeights;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * <p>Word weights are inverse document frequencies over all listed names: {@code ln(1 + N/df)} times the word
 * kind's factor; a word no list has weighs as the rarest.
 *
 * <p>Immutable after construction and safe for concurrent queries.
 */
public final class NameIndex implements TokenWeights, AlignableName.TokenInterner {

    private final NameNormaliser normaliser;
    private final List<ListEntry> entries;
    /** Screenable (primary and strong) names: the ones that may create a hit. */
    private final AlignableName[] names;
    private final EntryName[] entryNames;
    private final int[] nameEntry;
    /** Weak aliases per entry, for confirmation only. */
    private final AlignableName[][] weakNames;
    private final EntryName[][] weakEntryNames;

    private final Map<String, Integer> termIds = new HashMap<>();
    private int[] documentFrequency;
    private int[][] postings;
    private double[] termWeight;
    private final Map<String, int[]> termsByKey = new HashMap<>();
    private final Map<String, int[]> termsBySkeleton = new HashMap<>();
    private final Map<String, int[]> termsByDeletion = new HashMap<>();
    private final Map<String, int[]> namesByJoinedForm = new HashMap<>();
    private final double maxIdf;
    private final int nameCount;

    private final ThreadLocal<Scratch> scratch;
    /** A word whose expansions reach more names than this only adds to names rarer words found. */
    private static final int COMMON_POSTINGS = 1000;
    /** Listed words (and joined forms), one instance each, with dense ids for the similarity memo. */
    private final Map<NameToken, Integer> internedIds = new HashMap<>();
    private final List<NameToken> interned = new ArrayList<>();
    private final double[] nameWeight;

    public NameIndex(List<ListEntry> entries, NameNormaliser normaliser) {
        this.normaliser = normaliser;
        this.entries = List.copyOf(entries);
        List<NormalisedName> strong = new ArrayList<>();
        List<EntryName> strongEntryNames = new ArrayList<>();
        IntList strongEntry = new IntList();
        List<List<NormalisedName>> weak = new ArrayList<>();
        List<List<EntryName>> weakEntry = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        // normalising is the costly part of a build (ICU for names in other scripts): done on all cores
        List<List<NormalisedName>> normalisedByEntry = this.entries.parallelStream()
                .map(entry -> entry.names().stream().map(n -> normaliser.normalise(n.text())).toList())
                .toList();
        for (int e = 0; e < this.entries.size(); e++) {
            List<NormalisedName> weakOfEntry = new ArrayList<>();
            List<EntryName> weakNamesOfEntry = new ArrayList<>();
            List<EntryName> entryNamesOfEntry = this.entries.get(e).names();
            for (int k = 0; k < entryNamesOfEntry.size(); k++) {
                EntryName name = entryNamesOfEntry.get(k);
                NormalisedName normalised = normalisedByEntry.get(e).get(k);
                if (normalised.isEmpty()) {
                    continue;
                }
                Set<String> distinct = new HashSet<>();
                for (NameToken t : normalised.tokens()) {
                    if (distinct.add(t.text())) {
                        df.merge(t.text(), 1, Integer::sum);
                    }
                }
                if (name.strength().mayCreateHit()) {
                    strong.add(normalised);
                    strongEntryNames.add(name);
                    strongEntry.add(e);
                } else {
                    weakOfEntry.add(normalised);
                    weakNamesOfEntry.add(name);
                }
            }
            weak.add(weakOfEntry);
            weakEntry.add(weakNamesOfEntry);
        }
        int allNames = strong.size() + weak.stream().mapToInt(List::size).sum();
        this.nameCount = Math.max(1, allNames);
        this.maxIdf = Math.log(1.0 + nameCount);

        // terms: ids in first-seen order, document frequencies
        documentFrequency = new int[df.size()];
        for (Map.Entry<String, Integer> t : df.entrySet()) {
            int id = termIds.size();
            termIds.put(t.getKey(), id);
            documentFrequency[id] = t.getValue();
        }

        names = new AlignableName[strong.size()];
        entryNames = strongEntryNames.toArray(new EntryName[0]);
        nameEntry = strongEntry.toArray();
        IntList[] building = new IntList[termIds.size()];
        Map<String, IntList> joined = new HashMap<>();
        String[] termKinds = new String[termIds.size()];
        NameToken[] termTokens = new NameToken[termIds.size()];
        for (int n = 0; n < names.length; n++) {
            names[n] = AlignableName.of(strong.get(n), this, this);
            for (NameToken t : strong.get(n).tokens()) {
                int id = termIds.get(t.text());
                if (building[id] == null) {
                    building[id] = new IntList();
                }
                building[id].addDistinct(n);
                termTokens[id] = t;
            }
            for (NameToken j : names[n].joinedForms()) {
                joined.computeIfAbsent(j.text(), k -> new IntList()).addDistinct(n);
            }
        }
        postings = new int[termIds.size()][];
        termWeight = new double[termIds.size()];
        for (int id = 0; id < termWeight.length; id++) {
            NameToken t = termTokens[id];
            termWeight[id] = t == null ? 0 : weight(t);
        }
        Map<String, IntList> byKey = new HashMap<>();
        Map<String, IntList> bySkeleton = new HashMap<>();
        Map<String, IntList> byDeletion = new HashMap<>();
        for (int id = 0; id < postings.length; id++) {
            postings[id] = building[id] == null ? new int[0] : building[id].toArray();
            NameToken t = termTokens[id];
            if (t == null || !searchable(t)) {
                continue;
            }
            if (t.kind() == TokenKind.NAME) {
                byKey.computeIfAbsent(t.key(), k -> new IntList()).add(id);
                if (t.skeleton().length() >= 3) {
                    bySkeleton.computeIfAbsent(t.skeleton(), k -> new IntList()).add(id);
                }
                if (t.text().length() >= 4) {
                    for (String d : deletions(t.text())) {
                        byDeletion.computeIfAbsent(d, k -> new IntList()).addDistinct(id);
                    }
                }
            }
        }
        byKey.forEach((k, v) -> termsByKey.put(k, v.toArray()));
        bySkeleton.forEach((k, v) -> termsBySkeleton.put(k, v.toArray()));
        byDeletion.forEach((k, v) -> termsByDeletion.put(k, v.toArray()));
        joined.forEach((k, v) -> namesByJoinedForm.put(k, v.toArray()));

        weakNames = new AlignableName[weak.size()][];
        weakEntryNames = new EntryName[weak.size()][];
        for (int e = 0; e < weak.size(); e++) {
            weakNames[e] = weak.get(e).stream().map(w -> AlignableName.of(w, this, this)).toArray(AlignableName[]::new);
            weakEntryNames[e] = weakEntry.get(e).toArray(new EntryName[0]);
        }
        nameWeight = new double[names.length];
        for (int n = 0; n < names.length; n++) {
            nameWeight[n] = names[n].totalWeight();
        }
        int size = names.length;
        scratch = ThreadLocal.withInitial(() -> new Scratch(size));
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

    private static boolean searchable(NameToken t) {
        return t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER;
    }

    /**
     * A listed word weighs its IDF. A word no list has takes the IDF of its most common listed neighbour (same key or
     * one edit away): {@code BAMK} is a typo of the common {@code BANK}, not the rarest word there is. Only a word
     * with no listed neighbour weighs as the rarest.
     */
    @Override
    public double weight(NameToken token) {
        Integer id = termIds.get(token.text());
        int df;
        if (id != null) {
            df = documentFrequency[id];
        } else {
            df = neighbourFrequency(token);
        }
        double idf = df == 0 ? maxIdf : Math.log(1.0 + (double) nameCount / df);
        return idf * token.kind().weightFactor();
    }

    private int neighbourFrequency(NameToken token) {
        if (token.kind() != TokenKind.NAME || termsByKey == null) {
            return 0;
        }
        int best = 0;
        int[] sameKey = termsByKey.get(token.key());
        if (sameKey != null) {
            for (int t : sameKey) {
                best = Math.max(best, documentFrequency[t]);
            }
        }
        if (token.text().length() >= 4) {
            for (String d : deletions(token.text())) {
                int[] near = termsByDeletion.get(d);
                if (near != null) {
                    for (int t : near) {
                        best = Math.max(best, documentFrequency[t]);
                    }
                }
            }
        }
        return best;
    }

    @Override
    public NameToken intern(NameToken token) {
        Integer id = internedIds.get(token);
        if (id != null) {
            return interned.get(id);
        }
        internedIds.put(token, interned.size());
        interned.add(token);
        return token;
    }

    @Override
    public int id(NameToken token) {
        Integer id = internedIds.get(token);
        return id == null ? -1 : id;
    }

    /** Normalises and prepares a query name with this index's word weights. */
    public AlignableName prepare(String name) {
        return AlignableName.of(normaliser.normalise(name), this);
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
            anySearchable |= searchable(query.token(i));
        }
        // rarest words first: a common word ("trading", "kim") then only adds to names a rarer word already found,
        // instead of bringing in a thousand names that share nothing else with the query
        Integer[] order = new Integer[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!anySearchable || searchable(query.token(i))) {
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
                addPostings(postings[s.terms[k]], w, termWeight[s.terms[k]], s, onlyFound);
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
            Integer id = termIds.get(j.text());
            if (id != null) {
                addPostings(postings[id], w, termWeight[id], s, false);
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
        Integer exact = termIds.get(t.text());
        if (exact != null) {
            s.addTerm(exact);
        }
        if (t.kind() != TokenKind.NAME) {
            return;
        }
        addTerms(termsByKey.get(t.key()), s);
        if (t.skeleton().length() >= 3) {
            addTerms(termsBySkeleton.get(t.skeleton()), s);
        }
        if (t.text().length() >= 4) {
            for (String d : deletions(t.text())) {
                addTerms(termsByDeletion.get(d), s);
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
        return termIds.size();
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
                double estimate = (q + l) / (queryWeight + l + 0.3 * (nameWeight[n] - l) + 1e-9);
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
