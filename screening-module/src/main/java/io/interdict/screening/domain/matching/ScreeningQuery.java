package io.interdict.screening.domain.matching;

import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A party to screen: a name as the customer file writes it (any script, case or order) and whatever else is known.
 *
 * @param name        the name to screen; may be blank when only identifiers are screened
 * @param type        individual, entity, vessel or aircraft when known
 * @param country     ISO 3166-1 alpha-2 country (nationality, registration or address) when known, upper case
 * @param birthDate   date of birth when known
 * @param identifiers identifying numbers (IMO, passport, wallet...) when known
 */
public record ScreeningQuery(String name, Optional<EntityType> type, Optional<String> country,
                             Optional<BirthDate> birthDate, List<Identifier> identifiers) {

    public ScreeningQuery {
        name = name == null ? "" : name.strip();
        type = Objects.requireNonNullElse(type, Optional.empty());
        country = Objects.requireNonNullElse(country, Optional.<String>empty())
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty());
        birthDate = Objects.requireNonNullElse(birthDate, Optional.empty());
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static ScreeningQuery ofName(String name) {
        return new ScreeningQuery(name, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public ScreeningQuery withType(EntityType type) {
        return new ScreeningQuery(name, Optional.ofNullable(type), country, birthDate, identifiers);
    }

    public ScreeningQuery withCountry(String iso2) {
        return new ScreeningQuery(name, type, Optional.ofNullable(iso2), birthDate, identifiers);
    }

    public ScreeningQuery withBirthDate(BirthDate date) {
        return new ScreeningQuery(name, type, country, Optional.ofNullable(date), identifiers);
    }

    public ScreeningQuery withIdentifiers(List<Identifier> ids) {
        return new ScreeningQuery(name, type, country, birthDate, ids);
    }
}
