package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import io.interdict.screening.domain.model.trade.Vessel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DPRK-10: the carrying vessel's IMO or MMSI is listed (as a vessel, or as a listed company's IMO number), or the
 * vessel's owner or manager matches a listed party. An exact IMO match is a hit whatever the vessel is now called:
 * DPRK-linked ships are renamed and reflagged, their IMO number is what stays.
 */
public final class ListedVessel implements RedFlagRule {

    private final SanctionsLookup lookup;

    public ListedVessel(SanctionsLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public String id() {
        return "DPRK-10";
    }

    @Override
    public String title() {
        return "Listed vessel, or vessel owned or managed by a listed party";
    }

    @Override
    public List<RedFlag> evaluate(TradeTransaction transaction) {
        List<RedFlag> flags = new ArrayList<>();
        transaction.vessel().ifPresent(vessel -> {
            byNumber(vessel, IdentifierType.IMO, vessel.imo()).ifPresent(flags::add);
            byNumber(vessel, IdentifierType.IMO_COMPANY, vessel.imo()).ifPresent(flags::add);
            byNumber(vessel, IdentifierType.MMSI, vessel.mmsi()).ifPresent(flags::add);
        });
        transaction.parties().stream()
                .filter(p -> p.role() == PartyRole.VESSEL_OWNER || p.role() == PartyRole.VESSEL_MANAGER)
                .forEach(p -> lookup.matchName(p.name(), Optional.of(EntityType.ENTITY)).stream()
                        .filter(m -> !m.weakOnly()).findFirst()
                        .ifPresent(m -> flags.add(flag(Severity.HIGH, "vessel " + p.role().name().toLowerCase()
                                .replace('_', ' ') + " '" + p.name() + "' matches '" + m.matchedName() + "' of "
                                + DprkDesignation.describe(m.entry()), List.of(m.entry().key())))));
        return flags;
    }

    private Optional<RedFlag> byNumber(Vessel vessel, IdentifierType type, String number) {
        if (number.isEmpty()) {
            return Optional.empty();
        }
        List<ListEntry> listed = lookup.findByIdentifier(Identifier.of(type, number));
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        ListEntry entry = listed.get(0);
        String what = type == IdentifierType.IMO_COMPANY ? "the IMO company number of" : type.name() + " of";
        return Optional.of(flag(Severity.HIGH, "vessel '" + vessel.name() + "' " + type.name().replace("_COMPANY", "")
                + " " + number + " is " + what + " " + DprkDesignation.describe(entry)
                + (DprkDesignation.isDprk(entry) ? "" : " (not a DPRK programme, but listed)"),
                listed.stream().map(ListEntry::key).toList()));
    }
}
