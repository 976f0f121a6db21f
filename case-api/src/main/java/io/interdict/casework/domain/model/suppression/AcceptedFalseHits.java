package io.interdict.casework.domain.model.suppression;

/** The register of hits accepted as false. */
public interface AcceptedFalseHits {

    /** Records the acceptance; accepting the same key again changes nothing. */
    void accept(AcceptedFalseHit hit);

    /** Whether this hit was accepted as false for this party and entry, as they are now. */
    boolean isAccepted(SuppressionKey key);
}
