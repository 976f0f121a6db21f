/**
 * The screening context's domain model: what a sanctions list says about a listed party
 * ({@link io.interdict.screening.domain.model.entry}) and how lists are versioned
 * ({@link io.interdict.screening.domain.model.list}). Plain Java, no framework types, so the model serves the
 * command-line tool, the benchmarks and the casework server alike.
 */
package io.interdict.screening.domain.model;
