package io.interdict.casework.domain.model.suppression;

import java.util.List;
import java.util.Set;

/** The register of hits accepted as false. */
public interface AcceptedFalseHits {

    /** Records the acceptance; accepting the same key again changes nothing. */
    void accept(AcceptedFalseHit hit);

    /**
     * Every hit accepted as false for this party as it is now, whatever the entry: one look-up per screening rather
     * than one per hit.
     */
    Set<SuppressionKey> acceptedFor(String partyReference, String partyFingerprint);

    /** One page of the register, the latest acceptance first: who accepted which hit as false, and when. */
    List<AcceptedFalseHit> newest(int page, int size);
}
