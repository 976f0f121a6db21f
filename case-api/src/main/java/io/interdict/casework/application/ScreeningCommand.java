package io.interdict.casework.application;

import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.Sha256;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party to screen, already validated by the interface that received it.
 *
 * @param name        the party's name in any script
 * @param type        individual, entity, vessel or aircraft, when known
 * @param country     ISO 3166-1 alpha-2, when known
 * @param birthDate   {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, when known
 * @param address     one line, when known
 * @param reference   the client's own reference for the party (customer number)
 * @param identifiers passport, IMO, BIC, wallet... numbers
 */
public record ScreeningCommand(String name, Optional<EntityType> type, Optional<String> country,
                               Optional<BirthDate> birthDate, Optional<String> address, Optional<String> reference,
                               List<Identifier> identifiers) {

    public ScreeningCommand {
        Objects.requireNonNull(name, "name");
        identifiers = List.copyOf(identifiers);
    }

    /** The command a stored party was validated into, rebuilt from what was kept of it. */
    static ScreeningCommand of(ScreenedParty party) {
        return new ScreeningCommand(party.name(), party.type(), party.country(), party.birthDate(), party.address(),
                party.reference(), party.identifiers());
    }

    ScreeningQuery query() {
        ScreeningQuery query = ScreeningQuery.ofName(name).withIdentifiers(identifiers);
        query = type.map(query::withType).orElse(query);
        query = country.map(query::withCountry).orElse(query);
        return birthDate.map(query::withBirthDate).orElse(query);
    }

    ScreenedParty party() {
        return new ScreenedParty(name, type.orElse(null), country.orElse(null),
                birthDate.orElse(null), address.orElse(null), reference.orElse(null),
                identifiers);
    }

    /** A hash of the request: the same idempotency key with another request is refused, not replayed. */
    String fingerprint() {
        return Sha256.hex(party().fingerprint() + "\u001f" + reference.orElse(""));
    }
}
