package io.interdict.screening.domain.matching;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.ListEntry;

/** Hand-made list entries for the matching tests. */
public final class ListedParties {

    private ListedParties() {
    }

    public static ListEntry.Builder person(String id, String primary) {
        return ListEntry.builder(ListSource.US_OFAC_SDN, id, EntityType.INDIVIDUAL).name(EntryName.primary(primary));
    }

    public static ListEntry.Builder entity(String id, String primary) {
        return ListEntry.builder(ListSource.US_OFAC_SDN, id, EntityType.ENTITY).name(EntryName.primary(primary));
    }

    public static ListEntry.Builder vessel(String id, String primary) {
        return ListEntry.builder(ListSource.US_OFAC_SDN, id, EntityType.VESSEL).name(EntryName.primary(primary));
    }

    public static ListEntry kimJongUn() {
        return person("1", "KIM, Jong Un").name(EntryName.strong("KIM, Jong-un", "a.k.a."))
                .birthDate(BirthDate.ofDay(1984, 1, 8)).nationality("KP")
                .address(new Address("", "Pyongyang", "Korea, North", "KP")).build();
    }

    public static ListEntry koreaRyonbong() {
        return entity("2", "KOREA RYONBONG GENERAL CORPORATION").name(EntryName.strong("KOREA YONBONG GENERAL CORPORATION", "a.k.a."))
                .name(EntryName.weak("RYONBONG")).address(new Address("", "Pyongyang", "Korea, North", "KP")).build();
    }

    public static ListEntry vesselWithImo() {
        return vessel("3", "CHON MA SAN").identifier(Identifier.of(io.interdict.screening.domain.model.entry.IdentifierType.IMO, "IMO 8660313"))
                .build();
    }
}
