/** A listed party as every list reader produces it: names with strong and weak aliases, addresses, dates of birth, nationalities, identifiers, programmes, relationships; and its fingerprint. */
package io.interdict.screening.domain.model.entry;
