/**
 * Name screening: a {@link io.interdict.screening.domain.matching.ScreeningQuery} is compared with indexed list
 * entries and answered with {@link io.interdict.screening.domain.matching.Hit}s whose scores are explained feature by
 * feature. Normalisation ({@code normalisation}), the candidate index ({@code index}) and the scoring features
 * ({@code scoring}) each live in their own package; {@link io.interdict.screening.domain.matching.MatchingEngine}
 * puts them together.
 */
package io.interdict.screening.domain.matching;
