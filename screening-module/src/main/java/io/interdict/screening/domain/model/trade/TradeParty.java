package io.interdict.screening.domain.model.trade;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party to a trade transaction.
 *
 * @param role        the part it plays
 * @param name        the name as the documents give it
 * @param type        individual or entity when known
 * @param country     ISO 3166-1 alpha-2 of its address, or empty
 * @param address     the address on one line, or empty
 * @param occupation  what the party says it is or does (KYC occupation, job title, business line), or empty
 * @param email       contact e-mail, or empty
 * @param phone       contact telephone, or empty
 * @param identifiers BIC, passport, registration numbers, digital currency addresses...
 */
public record TradeParty(PartyRole role, String name, Optional<EntityType> type, String country, String address,
                         String occupation, String email, String phone, List<Identifier> identifiers) {

    public TradeParty {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        name = blankToEmpty(name);
        country = blankToEmpty(country).toUpperCase(java.util.Locale.ROOT);
        address = blankToEmpty(address);
        occupation = blankToEmpty(occupation);
        email = blankToEmpty(email);
        phone = blankToEmpty(phone);
        identifiers = List.copyOf(identifiers);
    }

    public static TradeParty named(PartyRole role, String name, String country) {
        return new TradeParty(role, name, Optional.empty(), country, "", "", "", "", List.of());
    }

    public TradeParty withAddress(String address) {
        return new TradeParty(role, name, type, country, address, occupation, email, phone, identifiers);
    }

    public TradeParty withOccupation(String occupation) {
        return new TradeParty(role, name, type, country, address, occupation, email, phone, identifiers);
    }

    public TradeParty withContact(String email, String phone) {
        return new TradeParty(role, name, type, country, address, occupation, email, phone, identifiers);
    }

    public TradeParty withIdentifiers(List<Identifier> identifiers) {
        return new TradeParty(role, name, type, country, address, occupation, email, phone, identifiers);
    }

    public TradeParty withType(EntityType type) {
        return new TradeParty(role, name, Optional.of(type), country, address, occupation, email, phone, identifiers);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
