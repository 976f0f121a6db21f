package io.interdict.casework.interfaces.rest;

import java.util.List;

/**
 * A party as a client sends it for screening (JSON). Plain fields, checked by {@link ScreeningResource}.
 */
public class PartyRequest {
    /** The party's name, in any script. Required. */
    public String name;
    /** {@code individual}, {@code entity}, {@code vessel} or {@code aircraft}. */
    public String type;
    /** ISO 3166-1 alpha-2 country code. */
    public String country;
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public String dateOfBirth;
    /** The address on one line. */
    public String address;
    /** The client's own reference for the party (customer number); accepted false hits are kept per reference. */
    public String reference;
    /** Identifiers: passport, IMO, MMSI, BIC, digital currency address... */
    public List<IdentifierRequest> identifiers;

    /** One identifier of the party. */
    public static class IdentifierRequest {
        /** {@code PASSPORT}, {@code IMO}, {@code MMSI}, {@code BIC}, {@code DIGITAL_CURRENCY_ADDRESS}... */
        public String type;
        public String value;
    }
}
