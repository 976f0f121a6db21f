/**
 * Accepted false hits: an analyst's decision that a list entry is not the screened party, remembered so that the
 * same party is not alerted on the same entry again - until the entry or the party changes.
 */
package io.interdict.casework.domain.model.suppression;
