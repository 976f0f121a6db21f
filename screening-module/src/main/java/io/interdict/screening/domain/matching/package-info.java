/**
 * Name screening's published language: a {@link io.interdict.screening.domain.matching.ScreeningQuery} goes in,
 * {@link io.interdict.screening.domain.matching.Hit}s come out, each explained feature by feature
 * ({@link io.interdict.screening.domain.matching.FeatureScore}) and word by word
 * ({@link io.interdict.screening.domain.matching.TokenMatch}). This package depends on none of its sub-packages:
 * normalisation ({@code normalisation}), the scoring features ({@code scoring}) and the candidate index
 * ({@code index}) build on it, and the engine ({@code engine}) that puts them together sits on top, so that the
 * dependencies between them run one way only.
 */
package io.interdict.screening.domain.matching;
