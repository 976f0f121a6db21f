package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.GoodsLine;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DPRK-03: a buyer, consignee, end user or payer with diplomatic, consular or trade-mission status - or using an
 * embassy address, or a North Korean e-mail domain - who buys industrial goods or pays a commercial invoice.
 * North Korean procurement agents work out of embassies and trade offices (2020 advisory; research-anchors D.4-1).
 */
public final class DiplomaticPartyBuyingIndustrialGoods implements RedFlagRule {

    private static final Pattern DIPLOMATIC = Pattern.compile(
            "embass|consulat|consular|diplomat|trade mission|trade office|trade representation|"
                    + "commercial counsel|attach[eé]|permanent mission|charg[eé] d.affaires|ambassador",
            Pattern.CASE_INSENSITIVE);

    /** Metals, machinery, electrical equipment, vehicles, vessels and instruments: HS chapters 72-90. */
    private static final Set<String> INDUSTRIAL_CHAPTERS = Set.of("72", "73", "74", "75", "76", "78", "79", "80", "81",
            "82", "83", "84", "85", "86", "87", "88", "89", "90");

    @Override
    public String id() {
        return "DPRK-03";
    }

    @Override
    public String title() {
        return "Diplomatic or trade-mission party buying industrial goods";
    }

    @Override
    public List<RedFlag> evaluate(TradeTransaction transaction) {
        List<String> industrial = transaction.goods().stream().filter(DiplomaticPartyBuyingIndustrialGoods::isIndustrial)
                .map(l -> "goods line '" + l.description() + "' HS " + l.hsCode()).toList();
        List<RedFlag> flags = new ArrayList<>();
        transaction.receivingSide().forEach(party -> diplomaticSign(party).ifPresent(sign -> {
            boolean pays = party.role() == PartyRole.PAYER;
            if (!industrial.isEmpty() || pays) {
                List<String> evidence = new ArrayList<>();
                evidence.add(sign);
                evidence.addAll(industrial);
                flags.add(flag(Severity.HIGH, party.role().name().toLowerCase(Locale.ROOT) + " '" + party.name()
                        + "' shows diplomatic or trade-mission status (" + sign + ") and "
                        + (industrial.isEmpty() ? "pays a commercial invoice" : "buys industrial goods")
                        + ". Diplomats and trade offices act as DPRK procurement agents.", evidence));
            }
        }));
        return flags;
    }

    private static Optional<String> diplomaticSign(TradeParty party) {
        for (String[] field : new String[][] {{"occupation", party.occupation()}, {"address", party.address()},
                {"name", party.name()}}) {
            var matcher = DIPLOMATIC.matcher(field[1]);
            if (matcher.find()) {
                return Optional.of(field[0] + " says '" + field[1] + "'");
            }
        }
        if (party.email().toLowerCase(Locale.ROOT).endsWith(".kp")) {
            return Optional.of("e-mail " + party.email() + " is on a North Korean domain");
        }
        return Optional.empty();
    }

    private static boolean isIndustrial(GoodsLine line) {
        return INDUSTRIAL_CHAPTERS.contains(line.hsChapter()) || !GoodsOfConcern.classify(line).isEmpty();
    }
}
