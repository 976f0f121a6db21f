package io.interdict.casework.domain.model.cases;

import io.interdict.screening.domain.matching.Hit;
import java.util.List;
import java.util.Objects;

/**
 * Why an alert scored as it did, as the engine said it when the alert was raised: the entry's primary name, the
 * reasons in one sentence, which query word matched which listed word, and each feature's contribution. Stored with
 * the alert in a shape of its own (see {@code AlertReasonsConverter}), never in the API's, so that the reasons of
 * every stored alert outlive a change of the API.
 */
public record AlertReasons(String primaryName, String explanation, List<TokenAlignment> tokens,
                           List<FeatureContribution> features) {

    public AlertReasons {
        tokens = List.copyOf(tokens);
        features = List.copyOf(features);
    }

    /**
     * The same reasons, their explanation starting with where the hit was found ({@code buyer 'X': },
     * {@code debtor (CdtTrfTxInf/Dbtr/Nm) 'X': }), for a hit in a transaction or message of several parties.
     */
    public AlertReasons foundAt(String where) {
        return new AlertReasons(primaryName, where + explanation, tokens, features);
    }

    /** The reasons of a hit as the engine gives them. */
    public static AlertReasons of(Hit hit) {
        return new AlertReasons(hit.entry().primaryName().text(), hit.explanation(),
                hit.tokenMatches().stream().map(t -> new TokenAlignment(t.queryToken(), t.listToken(), t.similarity(),
                        t.kind().name())).toList(),
                hit.features().stream().map(f -> new FeatureContribution(f.feature(), f.value(), f.weight(),
                        f.contribution(), f.detail())).toList());
    }

    /** One query word aligned with one listed word. */
    public record TokenAlignment(String queryToken, String listToken, double similarity, String kind) {
    }

    /** One scoring feature: its value, its weight and what it added to the score. */
    public record FeatureContribution(String feature, double value, double weight, double contribution,
                                      String detail) {
    }

    /*
     * Records hash every component, nested ones included; nothing here needs more than the sentence to tell two
     * reasons apart cheaply, and equal reasons still hash equal.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(explanation);
    }
}
