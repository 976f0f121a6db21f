/**
 * The matching engine: the one place where the candidate index, the name alignment and the qualifiers meet. It lives
 * apart from the query, hit and feature types it answers with because the scoring features use those types too: in
 * one package with them, the engine (which uses the features) and the features would depend on each other.
 */
package io.interdict.screening.domain.matching.engine;
