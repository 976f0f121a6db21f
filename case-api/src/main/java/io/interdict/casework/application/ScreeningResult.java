package io.interdict.casework.application;

import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a screening answers: clear, or a hit with the case it opened, and every hit with its score and reasons.
 *
 * @param screeningId the screening's id
 * @param outcome     CLEAR or HIT
 * @param caseId      the case opened for the hits; null when clear
 * @param hits        the hits that alerted, best first
 * @param suppressed  hits not alerted because an analyst accepted them as false for this party before
 * @param listVersions the list versions screened against, as {@code source label}
 */
public record ScreeningResult(UUID screeningId, ScreeningOutcome outcome, UUID caseId, List<HitView> hits,
                              List<HitView> suppressed, List<String> listVersions) {

    /*
     * The views hash a few identifying fields only. JSON-B (Yasson) puts every object it writes into a hash set to
     * detect cycles, and a record's generated hashCode walks everything nested in it, so writing one result hashed
     * each token alignment once per level above it: 7 % of the server's CPU per hit (JFR). Records equal in all
     * fields still hash equal, as the contract of hashCode asks.
     */

    @Override
    public int hashCode() {
        return Objects.hashCode(screeningId);
    }

    /**
     * One hit as a client or an analyst reads it.
     *
     * @param source       the list ({@code us-ofac-sdn}...)
     * @param sourceId     the list's id for the entry
     * @param listVersion  the list version it was found in
     * @param matchedName  the entry's name that matched, as the list writes it
     * @param primaryName  the entry's primary name
     * @param entityType   the entry's type
     * @param programmes   the entry's sanctions programmes
     * @param score        in [0, 1]
     * @param explanation  the score's reasons in one sentence
     * @param tokens       which query token matched which list token, how
     * @param features     each scoring feature's value, weight and contribution
     * @param foundIn      where in a payment message or trade transaction it was found ({@code CdtTrfTxInf/Dbtr/Nm},
     *                     {@code :50K:}); null for a party screened on its own
     * @param foundText    the words of the message it was found on; null for a party screened on its own
     */
    public record HitView(String source, String sourceId, String listVersion, String matchedName, String primaryName,
                          String entityType, List<String> programmes, double score, String explanation,
                          List<TokenView> tokens, List<FeatureView> features, List<String> foundIn,
                          String foundText) {
        @Override
        public int hashCode() {
            return Objects.hash(source, sourceId, matchedName);
        }
    }

    /** One token alignment of a hit. */
    public record TokenView(String queryToken, String listToken, double similarity, String kind) {
        @Override
        public int hashCode() {
            return Objects.hash(queryToken, listToken);
        }
    }

    /** One scoring feature of a hit. */
    public record FeatureView(String feature, double value, double weight, double contribution, String detail) {
        @Override
        public int hashCode() {
            return Objects.hash(feature, value);
        }
    }
}
