package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.GoodsLine;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DPRK-04: goods of a category the missile programme seeks, while the route or a receiving party touches a known
 * transshipment hub (north-east China, the Russian Far East, Hong Kong, Macau) or North Korea itself. Either alone is
 * everyday trade; together they are the pattern of the 2020 procurement advisory.
 */
public final class GoodsOfConcernViaTransshipmentHub implements RedFlagRule {

    @Override
    public String id() {
        return "DPRK-04";
    }

    @Override
    public String title() {
        return "Goods of concern routed through a DPRK transshipment hub";
    }

    @Override
    public List<RedFlag> evaluate(TradeTransaction transaction) {
        List<String> goods = new ArrayList<>();
        for (GoodsLine line : transaction.goods()) {
            GoodsOfConcern.classify(line).forEach(finding -> goods.add(finding.describe(line)));
        }
        if (goods.isEmpty()) {
            return List.of();
        }
        List<String> hubs = new ArrayList<>();
        transaction.route().stream().map(TransshipmentHubs::touchedBy).flatMap(Optional::stream).forEach(hubs::add);
        transaction.receivingSide().map(TransshipmentHubs::touchedBy).flatMap(Optional::stream).forEach(hubs::add);
        if (hubs.isEmpty()) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>(goods);
        evidence.addAll(hubs);
        return List.of(flag(Severity.HIGH,
                goods.size() + " goods line(s) of a category North Korea's missile programme seeks, routed through "
                        + String.join("; ", hubs) + ". Confirm the end user and end use before shipping.",
                evidence));
    }
}
