package io.interdict.screening.domain.matching.engine;

import io.interdict.screening.domain.matching.Feature;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.FeatureWeights;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.matching.index.IdentifierIndex;
import io.interdict.screening.domain.matching.index.NameIndex;
import io.interdict.screening.domain.matching.normalisation.NameNormaliser;
import io.interdict.screening.domain.matching.scoring.AlignableName;
import io.interdict.screening.domain.matching.scoring.BirthDateAgreement;
import io.interdict.screening.domain.matching.scoring.CountryAgreement;
import io.interdict.screening.domain.matching.scoring.EntityTypeAgreement;
import io.interdict.screening.domain.matching.scoring.NameAlignment;
import io.interdict.screening.domain.matching.scoring.Qualifier;
import io.interdict.screening.domain.matching.scoring.SimilarityMemo;
import io.interdict.screening.domain.matching.scoring.WeakAliasConfirmation;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens one party against indexed list entries: exact decisive identifiers first (score 1.0), then names: the
 * candidate names from the index are aligned with the query ({@link NameAlignment}), each entry keeps its best
 * primary or strong name, and the qualifiers (entity type, date of birth, country, weak-alias confirmation) move
 * that score. Every feature weighs what its {@link FeatureWeights} say (by default {@link Feature}'s table). The
 * result: hits, best first, each with its reasons. Thread-safe; build once, query from many threads.
 */
public final class MatchingEngine {

    /** Names taken from the index per query, before scoring. */
    static final int CANDIDATE_LIMIT = 16;
    /** A name score below this is not worth qualifying: no qualifier could lift it to an alert. */
    static final double NAME_FLOOR = 0.45;
    /**
     * Candidates whose index estimate (shared words' weight, as if they matched exactly) is below this are not aligned.
     * Lower than {@link #NAME_FLOOR}: an alignment can find fuzzy pairs the index did not.
     */
    static final double MIN_ESTIMATE = 0.4;

    private final NameIndex names;
    private final IdentifierIndex identifiers;
    private final FeatureWeights weights;
    private final List<Qualifier> qualifiers;
    private final WeakAliasConfirmation weakAliases;
    private final ThreadLocal<SimilarityMemo> memos = ThreadLocal.withInitial(SimilarityMemo::new);

    /** An engine with the default feature weights. */
    public MatchingEngine(List<ListEntry> entries) {
        this(entries, FeatureWeights.defaults());
    }

    public MatchingEngine(List<ListEntry> entries, FeatureWeights weights) {
        this.names = NameIndex.of(entries, new NameNormaliser());
        this.identifiers = new IdentifierIndex(entries);
        this.weights = weights;
        this.qualifiers = List.of(new EntityTypeAgreement(weights), new BirthDateAgreement(weights),
                new CountryAgreement(weights));
        this.weakAliases = new WeakAliasConfirmation(weights);
    }

    public NameIndex nameIndex() {
        return names;
    }

    public FeatureWeights weights() {
        return weights;
    }

    public int entryCount() {
        return names.entryCount();
    }

    /**
     * @param limit    at most this many hits
     * @param minScore only hits scoring at least this
     * @return hits, highest score first
     */
    public List<Hit> screen(ScreeningQuery query, int limit, double minScore) {
        Map<Integer, Hit> byEntry = new LinkedHashMap<>();
        for (Identifier screened : query.identifiers()) {
            for (IdentifierIndex.IdentifierMatch m : identifiers.find(screened)) {
                byEntry.computeIfAbsent(m.entryIndex(), e -> identifierHit(names.entry(e), m.listed()));
            }
        }
        List<Hit> hits = new ArrayList<>(byEntry.values());
        if (!query.name().isEmpty()) {
            hits.addAll(nameHits(query, byEntry, limit, minScore));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private Hit identifierHit(ListEntry entry, Identifier listed) {
        String what = listed.type().name().toLowerCase() + " " + listed.value();
        FeatureScore match = FeatureScore.of(Feature.IDENTIFIER_MATCH, 1.0, weights, what);
        return new Hit(entry, entry.primaryName().text(), clamp(match.contribution()), List.of(), List.of(match));
    }

    private List<Hit> nameHits(ScreeningQuery query, Map<Integer, Hit> already, int limit, double minScore) {
        AlignableName q = names.prepare(query.name());
        if (q.size() == 0) {
            return List.of();
        }
        SimilarityMemo memo = memos.get();
        memo.startQuery();
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : bestNamePerEntry(q, already, memo).entrySet()) {
            double nameScore = e.getValue()[0];
            if (nameScore < NAME_FLOOR) {
                continue;
            }
            int nameId = (int) e.getValue()[1];
            List<FeatureScore> features = features(query, q, e.getKey(), nameId, nameScore);
            double score = clamp(total(features));
            if (score >= minScore) {
                scored.add(new Scored(names.entry(e.getKey()), nameId, score, features));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.entry().source().ordinal())
                .thenComparing(s -> s.entry().sourceId()));
        return explained(q, scored, limit, memo);
    }

    /** Each candidate entry's best screenable name: entry index to {score, name id}. */
    private Map<Integer, double[]> bestNamePerEntry(AlignableName q, Map<Integer, Hit> already, SimilarityMemo memo) {
        Map<Integer, double[]> best = new HashMap<>();
        for (int nameId : names.candidates(q, CANDIDATE_LIMIT, MIN_ESTIMATE)) {
            int entry = names.entryOf(nameId);
            if (already.containsKey(entry)) {
                continue;
            }
            double s = NameAlignment.score(q, names.name(nameId), memo);
            double[] b = best.get(entry);
            if (b == null) {
                best.put(entry, new double[] {s, nameId});
            } else if (s > b[0]) {
                b[0] = s;
                b[1] = nameId;
            }
        }
        return best;
    }

    /**
     * The features of a name hit, in {@link Feature}'s order: the name's similarity, then the qualifiers. The order
     * is the order of the sum, so it is kept: floating-point addition in another order could move a score.
     */
    private List<FeatureScore> features(ScreeningQuery query, AlignableName q, int entryIndex, int nameId,
                                        double nameScore) {
        List<FeatureScore> features = new ArrayList<>(5);
        EntryName matched = names.entryName(nameId);
        features.add(FeatureScore.of(Feature.NAME_SIMILARITY, nameScore, weights, "'" + matched.text() + "'"));
        ListEntry entry = names.entry(entryIndex);
        for (Qualifier qualifier : qualifiers) {
            qualifier.assess(query, entry).ifPresent(features::add);
        }
        AlignableName[] weak = names.weakNames(entryIndex);
        if (weak.length > 0) {
            weakAliases.assess(q, weak, texts(names.weakEntryNames(entryIndex))).ifPresent(features::add);
        }
        return features;
    }

    private static String[] texts(EntryName[] written) {
        String[] texts = new String[written.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = written[i].text();
        }
        return texts;
    }

    private static double total(List<FeatureScore> features) {
        double total = 0;
        for (FeatureScore f : features) {
            total += f.contribution();
        }
        return total;
    }

    private static double clamp(double score) {
        return Math.max(0.0, Math.min(1.0, score));
    }

    /** The best {@code limit} scored entries as hits, with the word pairs that explain each name score. */
    private List<Hit> explained(AlignableName q, List<Scored> scored, int limit, SimilarityMemo memo) {
        List<Hit> hits = new ArrayList<>(Math.min(limit, scored.size()));
        for (Scored s : scored) {
            if (hits.size() == limit) {
                break;
            }
            NameAlignment.Comparison c = NameAlignment.compare(q, names.name(s.nameId()), memo);
            hits.add(new Hit(s.entry(), names.entryName(s.nameId()).text(), s.score(), c.pairs(), s.features()));
        }
        return hits;
    }

    private record Scored(ListEntry entry, int nameId, double score, List<FeatureScore> features) {
    }

    /** Screens a bare name: for tests and the REST quick check. */
    public List<Hit> screen(String name, int limit) {
        return screen(ScreeningQuery.ofName(name), limit, 0.0);
    }
}
