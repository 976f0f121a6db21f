/**
 * The screening context's domain model: what a sanctions list says about a listed party
 * ({@link io.interdict.screening.domain.model.entry}) and how lists are versioned
 * ({@link io.interdict.screening.domain.model.list}). Plain Java, no framework types, so the model serves the
 * command-line tool, the benchmarks and the casework server alike.
 *
 * <p>This package holds what both of those need: which list ({@link io.interdict.screening.domain.model.ListSource})
 * an entry comes from and a list version is of, and the one SHA-256 every fingerprint uses. Entries name their list
 * by it, lists hold entries: with the source kept here, neither sub-package depends on the other both ways.
 */
package io.interdict.screening.domain.model;
