package io.interdict.screening.domain.matching.index;

import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.normalisation.NameToken;
import io.interdict.screening.domain.matching.normalisation.NormalisedName;
import io.interdict.screening.domain.matching.scoring.AlignableName;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link NameIndex} step by step: normalise every listed name, sort screenable names from weak aliases while
 * counting word frequencies, number the words, collect the screenable names of each word, prepare every name for
 * alignment, and freeze the postings. One use per builder.
 */
public final class NameIndexBuilder {

    final NameNormaliser normaliser;
    final List<ListEntry> entries;

    // screenable (primary and strong) names, in entry order: the ones that may create a hit
    private final List<NormalisedName> strong = new ArrayList<>();
    private final List<EntryName> strongWritten = new ArrayList<>();
    private final IntList strongEntry = new IntList();
    // weak aliases per entry, for confirmation only
    private final List<List<NormalisedName>> weak = new ArrayList<>();
    private final List<List<EntryName>> weakWritten = new ArrayList<>();
    /** Word to the number of names (weak aliases included) that hold it. */
    private final Map<String, Integer> frequencies = new HashMap<>();
    private final SharedWords shared = new SharedWords();

    ListedWords words;
    AlignableName[] names;
    EntryName[] entryNames;
    int[] nameEntry;
    int[][] postings;
    double[] wordWeight;
    Map<String, int[]> namesByJoinedForm;
    AlignableName[][] weakNames;
    EntryName[][] weakEntryNames;

    public NameIndexBuilder(List<ListEntry> entries, NameNormaliser normaliser) {
        this.entries = List.copyOf(entries);
        this.normaliser = normaliser;
    }

    public NameIndex build() {
        if (names != null) {
            throw new IllegalStateException("a NameIndexBuilder builds one index: its names are already taken");
        }
        sortNames(normaliseAll());
        Map<String, Integer> ids = numberWords();
        IntList[] namesOfWord = new IntList[ids.size()];
        NameToken[] tokens = new NameToken[ids.size()];
        collectWordsOfScreenableNames(ids, namesOfWord, tokens);
        words = new ListedWords(ids, frequenciesById(ids), tokens, strong.size() + weakCount());
        prepareScreenableNames();
        weighWords(tokens);
        freezePostings(namesOfWord);
        prepareWeakAliases();
        return new NameIndex(this);
    }

    /** Normalising is the costly part of a build (ICU for names in other scripts): done on all cores. */
    private List<List<NormalisedName>> normaliseAll() {
        return entries.parallelStream()
                .map(entry -> entry.names().stream().map(n -> normaliser.normalise(n.text())).toList())
                .toList();
    }

    /** Screenable names apart from weak aliases; every name, weak ones too, counts towards word frequencies. */
    private void sortNames(List<List<NormalisedName>> normalisedByEntry) {
        for (int e = 0; e < entries.size(); e++) {
            List<NormalisedName> weakOfEntry = new ArrayList<>();
            List<EntryName> weakWrittenOfEntry = new ArrayList<>();
            List<EntryName> written = entries.get(e).names();
            for (int k = 0; k < written.size(); k++) {
                NormalisedName normalised = normalisedByEntry.get(e).get(k);
                if (normalised.isEmpty()) {
                    continue;
                }
                countWords(normalised);
                if (written.get(k).strength().mayCreateHit()) {
                    strong.add(normalised);
                    strongWritten.add(written.get(k));
                    strongEntry.add(e);
                } else {
                    weakOfEntry.add(normalised);
                    weakWrittenOfEntry.add(written.get(k));
                }
            }
            weak.add(weakOfEntry);
            weakWritten.add(weakWrittenOfEntry);
        }
    }

    private void countWords(NormalisedName name) {
        Set<String> distinct = new HashSet<>();
        for (NameToken t : name.tokens()) {
            if (distinct.add(t.text())) {
                frequencies.merge(t.text(), 1, Integer::sum);
            }
        }
    }

    private int weakCount() {
        return weak.stream().mapToInt(List::size).sum();
    }

    /** Dense word ids, in the frequency table's order. */
    private Map<String, Integer> numberWords() {
        Map<String, Integer> ids = new HashMap<>();
        for (String word : frequencies.keySet()) {
            ids.put(word, ids.size());
        }
        return ids;
    }

    private int[] frequenciesById(Map<String, Integer> ids) {
        int[] byId = new int[ids.size()];
        ids.forEach((word, id) -> byId[id] = frequencies.get(word));
        return byId;
    }

    /** For each word, the screenable names that hold it, and the word as they hold it. */
    private void collectWordsOfScreenableNames(Map<String, Integer> ids, IntList[] namesOfWord, NameToken[] tokens) {
        for (int n = 0; n < strong.size(); n++) {
            for (NameToken t : strong.get(n).tokens()) {
                int id = ids.get(t.text());
                if (namesOfWord[id] == null) {
                    namesOfWord[id] = new IntList();
                }
                namesOfWord[id].addDistinct(n);
                tokens[id] = t;
            }
        }
    }

    /** Each screenable name ready for alignment, and the names its joined forms find. */
    private void prepareScreenableNames() {
        names = new AlignableName[strong.size()];
        Map<String, IntList> joined = new HashMap<>();
        for (int n = 0; n < names.length; n++) {
            names[n] = AlignableName.of(strong.get(n), words, shared);
            for (NameToken j : names[n].joinedForms()) {
                joined.computeIfAbsent(j.text(), k -> new IntList()).addDistinct(n);
            }
        }
        namesByJoinedForm = IntList.frozen(joined);
        entryNames = strongWritten.toArray(new EntryName[0]);
        nameEntry = strongEntry.toArray();
    }

    private void weighWords(NameToken[] tokens) {
        wordWeight = new double[tokens.length];
        for (int id = 0; id < tokens.length; id++) {
            wordWeight[id] = tokens[id] == null ? 0 : words.weight(tokens[id]);
        }
    }

    private void freezePostings(IntList[] namesOfWord) {
        postings = new int[namesOfWord.length][];
        for (int id = 0; id < postings.length; id++) {
            postings[id] = namesOfWord[id] == null ? new int[0] : namesOfWord[id].toArray();
        }
    }

    private void prepareWeakAliases() {
        weakNames = new AlignableName[weak.size()][];
        weakEntryNames = new EntryName[weak.size()][];
        for (int e = 0; e < weak.size(); e++) {
            weakNames[e] = weak.get(e).stream().map(w -> AlignableName.of(w, words, shared)).toArray(AlignableName[]::new);
            weakEntryNames[e] = weakWritten.get(e).toArray(new EntryName[0]);
        }
    }

    /**
     * Listed words (and joined forms), one instance each, with dense ids for the similarity memo. Only needed while
     * building: query words are not interned.
     */
    private static final class SharedWords implements AlignableName.TokenInterner {
        private final Map<NameToken, Integer> ids = new HashMap<>();
        private final List<NameToken> words = new ArrayList<>();

        @Override
        public NameToken intern(NameToken token) {
            Integer id = ids.get(token);
            if (id != null) {
                return words.get(id);
            }
            ids.put(token, words.size());
            words.add(token);
            return token;
        }

        @Override
        public int id(NameToken token) {
            Integer id = ids.get(token);
            return id == null ? -1 : id;
        }
    }
}
