package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.model.entry.EntityType;
import java.util.List;
import java.util.Optional;

/** Turns the engine's hits, and the alerts they raised, into what the API shows of a hit. */
public final class HitViews {

    private HitViews() {
    }

    /**
     * A hit as the API shows it, its reasons as they are stored with its alert: the engine's explanation is written
     * once per hit (formatting it is a measurable share of a screening).
     */
    static ScreeningResult.HitView of(Hit hit, String listVersion, AlertReasons reasons) {
        var entry = hit.entry();
        return view(entry.source().key(), entry.sourceId(), listVersion, hit.matchedName(), entry.type().key(),
                entry.programmes().stream().sorted().toList(), hit.score(), Optional.of(reasons), List.of(), null);
    }

    /** A stored alert as the hit it was: the entry's facts from the alert, the reasons as they were stored. */
    public static ScreeningResult.HitView of(Alert alert) {
        ListEntryRef entry = alert.entry();
        return view(entry.source(), entry.entryId(), entry.version(), alert.matchedName(),
                alert.entryType().map(EntityType::key).orElse(null), alert.programmes(), alert.score(),
                alert.reasons(), alert.foundIn(), alert.foundText().orElse(null));
    }

    private static ScreeningResult.HitView view(String source, String sourceId, String listVersion,
                                                String matchedName, String entityType, List<String> programmes,
                                                double score, Optional<AlertReasons> reasons, List<String> foundIn,
                                                String foundText) {
        return new ScreeningResult.HitView(source, sourceId, listVersion, matchedName,
                reasons.map(AlertReasons::primaryName).orElse(null), entityType, programmes, score,
                reasons.map(AlertReasons::explanation).orElse(null),
                reasons.map(r -> r.tokens().stream().map(t -> new ScreeningResult.TokenView(t.queryToken(),
                        t.listToken(), t.similarity(), t.kind())).toList()).orElse(List.of()),
                reasons.map(r -> r.features().stream().map(f -> new ScreeningResult.FeatureView(f.feature(),
                        f.value(), f.weight(), f.contribution(), f.detail())).toList()).orElse(List.of()),
                foundIn.isEmpty() ? null : foundIn, foundText);
    }
}
