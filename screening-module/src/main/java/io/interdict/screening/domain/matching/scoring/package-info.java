/**
 * The scoring features, nomenklatura style: small named features whose weights are declared in one table
 * ({@link io.interdict.screening.domain.matching.Feature}), each of which reports what it measured and what it added
 * or took away. {@link io.interdict.screening.domain.matching.scoring.NameAlignment}
 * is the main feature (name similarity); the qualifiers (entity type, date of birth, country, weak-alias confirmation)
 * only move a score that a strong name gave.
 */
package io.interdict.screening.domain.matching.scoring;
