package io.interdict.casework.application;

import io.interdict.screening.domain.matching.Hit;


/** Turns the engine's hits into what the API and the alert records show. */
final class HitViews {

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

}
