/**
 * The candidate index: a query is scored only against the listed names that share a word, a romanisation key, a
 * consonant skeleton, a one-edit spelling or a joined form with it ({@link io.interdict.screening.domain.matching.index.NameIndex}),
 * never against every name. {@link io.interdict.screening.domain.matching.index.NameIndexBuilder} builds it step by
 * step; {@link io.interdict.screening.domain.matching.index.ListedWords} holds the listed words, their weights and
 * spelling neighbourhoods. Exact identifiers have their own index
 * ({@link io.interdict.screening.domain.matching.index.IdentifierIndex}).
 */
package io.interdict.screening.domain.matching.index;
