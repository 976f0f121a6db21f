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

    static ScreeningResult.HitView of(Hit hit, String listVersion) {
        var entry = hit.entry();
        return new ScreeningResult.HitView(entry.source().key(), entry.sourceId(), listVersion, hit.matchedName(),
                entry.primaryName().text(), entry.type().key(), entry.programmes().stream().sorted().toList(),
                hit.score(), hit.explanation(),
                hit.tokenMatches().stream().map(t -> new ScreeningResult.TokenView(t.queryToken(), t.listToken(),
                        t.similarity(), t.kind().name())).toList(),
                hit.features().stream().map(f -> new ScreeningResult.FeatureView(f.feature(), f.value(), f.weight(),
                        f.contribution(), f.detail())).toList());
    }

    /** A stored alert as the hit it was: the entry's facts from the alert, the reasons as they were stored. */
    public static ScreeningResult.HitView of(Alert alert) {
        ListEntryRef entry = alert.entry();
        Optional<AlertReasons> reasons = alert.reasons();
        return new ScreeningResult.HitView(entry.source(), entry.entryId(), entry.version(), alert.matchedName(),
                reasons.map(AlertReasons::primaryName).orElse(null),
                alert.entryType().map(EntityType::key).orElse(null), alert.programmes(), alert.score(),
                reasons.map(AlertReasons::explanation).orElse(null),
                reasons.map(r -> r.tokens().stream().map(t -> new ScreeningResult.TokenView(t.queryToken(),
                        t.listToken(), t.similarity(), t.kind())).toList()).orElse(List.of()),
                reasons.map(r -> r.features().stream().map(f -> new ScreeningResult.FeatureView(f.feature(),
                        f.value(), f.weight(), f.contribution(), f.detail())).toList()).orElse(List.of()));
    }

}
