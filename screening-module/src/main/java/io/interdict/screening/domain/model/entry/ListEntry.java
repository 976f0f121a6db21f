package io.interdict.screening.domain.model.entry;

import io.interdict.screening.domain.model.ListSource;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One listed party in the canonical model that every list format is read into. Immutable; two entries with equal
 * content are equal, which is what a list diff compares.
 *
 * @param source        the list it comes from
 * @param sourceId      the list's own id (OFAC ent_num, UN reference number, OFSI group id, CSL _id)
 * @param type          individual, entity, vessel or aircraft
 * @param names         primary name first, then strong and weak aliases, as the list writes them
 * @param addresses     listed addresses
 * @param birthDates    dates of birth (individuals)
 * @param birthPlaces   places of birth as written
 * @param nationalities nationalities and citizenships as ISO 3166-1 alpha-2 codes where recognised
 * @param identifiers   passports, IMO, MMSI, wallets, BIC...
 * @param programmes    sanctions programmes or regimes ({@code DPRK3}, {@code SDGT}, UN {@code DPRK}...)
 * @param linkedTo      names of parties the list says it is linked to
 * @param remarks       the list's free-text remarks, for display
 */
public record ListEntry(
        ListSource source,
        String sourceId,
        EntityType type,
        List<EntryName> names,
        List<Address> addresses,
        List<BirthDate> birthDates,
        List<String> birthPlaces,
        Set<String> nationalities,
        List<Identifier> identifiers,
        Set<String> programmes,
        List<String> linkedTo,
        String remarks) {

    public ListEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        if (names.isEmpty() || names.get(0).strength() != NameStrength.PRIMARY) {
            throw new IllegalArgumentException("entry " + sourceId + " needs its primary name first");
        }
        addresses = List.copyOf(addresses);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = Set.copyOf(nationalities);
        identifiers = List.copyOf(identifiers);
        programmes = Set.copyOf(programmes);
        linkedTo = List.copyOf(linkedTo);
        remarks = remarks == null ? "" : remarks;
    }

    public EntryName primaryName() {
        return names.get(0);
    }

    /** The names that may create a hit: the primary name and strong aliases. */
    public Stream<EntryName> screenableNames() {
        return names.stream().filter(n -> n.strength().mayCreateHit());
    }

    public Stream<EntryName> weakAliases() {
        return names.stream().filter(EntryName::isWeak);
    }

    /** The key that identifies this entry across versions of the same list: {@code source:sourceId}. */
    public String key() {
        return source.key() + ":" + sourceId;
    }

    public boolean hasProgrammeStartingWith(String prefix) {
        return programmes.stream().anyMatch(p -> p.startsWith(prefix));
    }

    public static Builder builder(ListSource source, String sourceId, EntityType type) {
        return new Builder(source, sourceId, type);
    }

    /** Collects an entry's parts while a reader walks a file. */
    public static final class Builder {
        private final ListSource source;
        private final String sourceId;
        private EntityType type;
        private final java.util.ArrayList<EntryName> names = new java.util.ArrayList<>();
        private final java.util.ArrayList<Address> addresses = new java.util.ArrayList<>();
        private final java.util.ArrayList<BirthDate> birthDates = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> birthPlaces = new java.util.ArrayList<>();
        private final java.util.LinkedHashSet<String> nationalities = new java.util.LinkedHashSet<>();
        private final java.util.ArrayList<Identifier> identifiers = new java.util.ArrayList<>();
        private final java.util.LinkedHashSet<String> programmes = new java.util.LinkedHashSet<>();
        private final java.util.ArrayList<String> linkedTo = new java.util.ArrayList<>();
        private String remarks = "";

        private Builder(ListSource source, String sourceId, EntityType type) {
            this.source = source;
            this.sourceId = sourceId;
            this.type = type;
        }

        public String sourceId() {
            return sourceId;
        }

        public Builder type(EntityType type) {
            this.type = type;
            return this;
        }

        /** Adds a name; a name already present (same text and strength) is not added twice. */
        public Builder name(EntryName name) {
            if (!names.contains(name)) {
                names.add(name);
            }
            return this;
        }

        public Builder address(Address address) {
            if (!address.isEmpty() && !addresses.contains(address)) {
                addresses.add(address);
            }
            return this;
        }

        public Builder birthDate(BirthDate date) {
            if (!birthDates.contains(date)) {
                birthDates.add(date);
            }
            return this;
        }

        public Builder birthPlace(String place) {
            if (place != null && !place.isBlank() && !birthPlaces.contains(place.strip())) {
                birthPlaces.add(place.strip());
            }
            return this;
        }

        public Builder nationality(String iso2) {
            if (iso2 != null && !iso2.isBlank()) {
                nationalities.add(iso2.strip());
            }
            return this;
        }

        public Builder identifier(Identifier identifier) {
            if (!identifiers.contains(identifier)) {
                identifiers.add(identifier);
            }
            return this;
        }

        public Builder programme(String programme) {
            if (programme != null && !programme.isBlank()) {
                programmes.add(programme.strip());
            }
            return this;
        }

        /** Adds a linked party; one already present is not added twice (lists repeat links across rows). */
        public Builder linkedTo(String name) {
            if (name != null && !name.isBlank() && !linkedTo.contains(name.strip())) {
                linkedTo.add(name.strip());
            }
            return this;
        }

        public Builder remarks(String remarks) {
            this.remarks = remarks == null ? "" : remarks.strip();
            return this;
        }

        /** Builds the entry; the primary name is moved first if a reader added an alias before it. */
        public ListEntry build() {
            java.util.List<EntryName> ordered = new java.util.ArrayList<>();
            names.stream().filter(n -> n.strength() == NameStrength.PRIMARY).limit(1).forEach(ordered::add);
            names.stream().filter(n -> !ordered.contains(n)).map(n -> n.strength() == NameStrength.PRIMARY
                    ? new EntryName(n.text(), NameStrength.STRONG, n.kind()) : n).forEach(ordered::add);
            return new ListEntry(source, sourceId, type, ordered, addresses, birthDates, birthPlaces,
                    nationalities, identifiers, programmes, linkedTo, remarks);
        }
    }
}
