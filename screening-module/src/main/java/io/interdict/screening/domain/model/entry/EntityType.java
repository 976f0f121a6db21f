package io.interdict.screening.domain.model.entry;

import java.util.Locale;
import java.util.Optional;

/** What kind of party a list entry (or a screened party) is. */
public enum EntityType {
    INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT;

    /**
     * Reads the spellings the list files and the batch contract use: {@code individual}, {@code Entity},
     * {@code vessel}, OFSI's {@code Ship}, OFAC's {@code -0-} (empty type means an organisation in the SDN CSV is
     * handled by the reader, not here). Blank or unknown text yields empty.
     */
    public static Optional<EntityType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "individual", "person", "i" -> Optional.of(INDIVIDUAL);
            case "entity", "organisation", "organization", "company", "e" -> Optional.of(ENTITY);
            case "vessel", "ship" -> Optional.of(VESSEL);
            case "aircraft" -> Optional.of(AIRCRAFT);
            default -> Optional.empty();
        };
    }

    /** The lower-case name used on the command line and in the batch contract. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
