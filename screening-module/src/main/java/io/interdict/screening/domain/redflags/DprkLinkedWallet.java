package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DPRK-15: a party pays from or to a digital currency address that OFAC lists for a DPRK-linked party (Lazarus Group
 * and its laundering networks). Exact address match: chain analytics beyond the list is out of scope here.
 */
public final class DprkLinkedWallet implements RedFlagRule {

    private final SanctionsLookup lookup;

    public DprkLinkedWallet(SanctionsLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public String id() {
        return "DPRK-15";
    }

    @Override
    public String title() {
        return "Digital currency address of a DPRK-linked listed party";
    }

    @Override
    public List<RedFlag> evaluate(TradeTransaction transaction) {
        List<RedFlag> flags = new ArrayList<>();
        transaction.parties().forEach(party -> party.identifiers().stream()
                .filter(id -> id.type() == IdentifierType.DIGITAL_CURRENCY_ADDRESS)
                .forEach(wallet -> lookup.findByIdentifier(wallet).stream().filter(DprkDesignation::isDprk).findFirst()
                        .ifPresent(entry -> flags.add(flag(Severity.HIGH, party.role().name().toLowerCase()
                                + " '" + party.name() + "' uses " + DprkListedParty.label(wallet) + " "
                                + wallet.value() + ", listed for " + DprkDesignation.describe(entry),
                                List.of(entry.key(), wallet.value()))))));
        return flags;
    }

}
