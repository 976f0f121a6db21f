package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import io.interdict.screening.domain.model.trade.Vessel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * DPRK-01: a party, bank, vessel or wallet of the transaction matches an entry designated under a DPRK programme
 * (UN 1718, OFAC DPRK*, UK DPRK regime). A match on a decisive identifier or a strong name holds the transaction; a
 * match on a weak alias alone is only a confirmation signal (OFAC FAQ 122-124) and is raised at low severity.
 */
public final class DprkListedParty implements RedFlagRule {

    private final SanctionsLookup lookup;

    public DprkListedParty(SanctionsLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public String id() {
        return "DPRK-01";
    }

    @Override
    public String title() {
        return "Party matches a DPRK-programme designation";
    }

    @Override
    public List<RedFlag> evaluate(TradeTransaction transaction) {
        List<RedFlag> flags = new ArrayList<>();
        for (TradeParty party : transaction.parties()) {
            String who = party.role().name().toLowerCase(Locale.ROOT) + " '" + party.name() + "'";
            byName(who, party.name(), party.type()).ifPresent(flags::add);
            for (Identifier identifier : party.identifiers()) {
                byIdentifier(who, identifier).ifPresent(flags::add);
            }
        }
        transaction.vessel().map(Vessel::name).filter(n -> !n.isEmpty())
                .flatMap(name -> byName("vessel '" + name + "'", name, Optional.of(EntityType.VESSEL)))
                .ifPresent(flags::add);
        return flags;
    }

    private Optional<RedFlag> byName(String who, String name, Optional<EntityType> type) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return lookup.matchName(name, type).stream().filter(m -> DprkDesignation.isDprk(m.entry())).findFirst()
                .map(match -> flag(match.weakOnly() ? Severity.LOW : Severity.HIGH,
                        who + " matches '" + match.matchedName() + "' (score "
                                + String.format(Locale.ROOT, "%.2f", match.score()) + ") of "
                                + DprkDesignation.describe(match.entry())
                                + (match.weakOnly() ? "; only a weak alias matched, which confirms but cannot make a hit"
                                : ""),
                        List.of(match.entry().key(), "matched name: " + match.matchedName())));
    }

    private Optional<RedFlag> byIdentifier(String who, Identifier identifier) {
        return lookup.findByIdentifier(identifier).stream().filter(DprkDesignation::isDprk).findFirst()
                .map(entry -> flag(identifier.type().isDecisive() ? Severity.HIGH : Severity.MEDIUM,
                        who + " carries " + label(identifier) + " " + identifier.value() + ", listed for "
                                + DprkDesignation.describe(entry),
                        List.of(entry.key(), label(identifier) + " " + identifier.value())));
    }

    static String label(Identifier identifier) {
        return identifier.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS
                ? "digital currency address" + (identifier.qualifier().isEmpty() ? "" : " (" + identifier.qualifier() + ")")
                : identifier.type().name().replace('_', ' ');
    }
}
