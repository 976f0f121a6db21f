package io.interdict.casework.domain.model.suppression;

import io.interdict.casework.domain.model.screening.ListEntryRef;
import java.util.Objects;

/**
 * What an accepted false hit is tied to.
 *
 * @param partyReference   the client's reference for the party (customer number)
 * @param partyFingerprint the hash of the party's screened data
 * @param listEntryKey     {@code source:id} of the list entry
 * @param entryFingerprint the hash of the entry's content in its list version
 */
public record SuppressionKey(String partyReference, String partyFingerprint, String listEntryKey,
                             String entryFingerprint) {

    public SuppressionKey {
        Objects.requireNonNull(partyReference, "partyReference");
        Objects.requireNonNull(partyFingerprint, "partyFingerprint");
        Objects.requireNonNull(listEntryKey, "listEntryKey");
        Objects.requireNonNull(entryFingerprint, "entryFingerprint");
    }

    /** The key of a party's hit on an entry as it was screened. */
    public static SuppressionKey of(String partyReference, String partyFingerprint, ListEntryRef entry) {
        return new SuppressionKey(partyReference, partyFingerprint, entry.key(), entry.fingerprint());
    }
}
