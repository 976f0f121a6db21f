package io.interdict.casework.domain.model.screening;

import io.interdict.screening.domain.model.Sha256;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The party as the client submitted it for screening: a customer, a counterparty, a bank or a vessel. Kept with the
 * case as it was screened, so an analyst always sees what was actually compared.
 */
@Embeddable
public class ScreenedParty {

    @Column(name = "party_name", nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", length = 20)
    private EntityType type;

    @Column(name = "party_country", length = 2)
    private String country;

    @Column(name = "party_birth_date", length = 10)
    private String birthDate;

    @Column(name = "party_address", length = 1000)
    private String address;

    @Column(name = "party_reference", length = 200)
    private String reference;

    /** Identifiers as {@code TYPE:value} lines; few per party, always read together with it. */
    @Column(name = "party_identifiers", length = 4000)
    private String identifiers;

    protected ScreenedParty() {
        // for JPA
    }

    public ScreenedParty(String name, EntityType type, String country, BirthDate birthDate, String address,
                         String reference, List<Identifier> identifiers) {
        this.name = name;
        this.type = type;
        this.country = emptyToNull(country);
        this.birthDate = birthDate == null ? null : birthDate.toString();
        this.address = emptyToNull(address);
        this.reference = emptyToNull(reference);
        this.identifiers = identifiers.isEmpty() ? null : String.join("\n",
                identifiers.stream().map(i -> i.type().name() + ":" + i.value()).toList());
    }

    public String name() {
        return name;
    }

    public Optional<EntityType> type() {
        return Optional.ofNullable(type);
    }

    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /** As the client gave it: a year, a month or a day. */
    public Optional<BirthDate> birthDate() {
        return Optional.ofNullable(birthDate).flatMap(BirthDate::parseIso);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** The client's own reference for the party (customer number...), which suppressions are keyed on. */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public List<Identifier> identifiers() {
        if (identifiers == null) {
            return List.of();
        }
        return Arrays.stream(identifiers.split("\n")).map(line -> {
            int colon = line.indexOf(':');
            return Identifier.of(IdentifierType.valueOf(line.substring(0, colon)), line.substring(colon + 1));
        }).toList();
    }

    /**
     * A hash of everything screened about the party. An accepted false hit lapses when it changes: a customer who
     * changes name or date of birth is screened afresh.
     */
    public String fingerprint() {
        String canonical = String.join("\u001f", name, String.valueOf(type), String.valueOf(country),
                String.valueOf(birthDate), String.valueOf(address), String.valueOf(identifiers));
        return Sha256.hex(canonical);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
