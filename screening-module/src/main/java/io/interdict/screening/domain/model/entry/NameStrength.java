package io.interdict.screening.domain.model.entry;

/**
 * How much a listed name may be relied on. OFAC's weak a.k.a.s (and the UN's {@code Low} quality aliases) are
 * "relatively broad or generic" names that OFAC does not expect to be screened on their own (FAQ 122-124): they may
 * confirm a hit found through a strong name or an identifier, never create one.
 */
public enum NameStrength {
    /** The list's primary name for the entry. */
    PRIMARY,
    /** A strong a.k.a., f.k.a. or n.k.a.: screened like the primary name. */
    STRONG,
    /** A weak (low-quality) alias: confirmation only. */
    WEAK;

    public boolean mayCreateHit() {
        return this != WEAK;
    }
}
