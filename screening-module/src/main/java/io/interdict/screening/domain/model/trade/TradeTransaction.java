package io.interdict.screening.domain.model.trade;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A trade transaction submitted for screening: who trades what, by which route, on which vessel.
 *
 * @param reference the client's reference for the transaction
 * @param parties   every party with its role
 * @param goods     the goods lines
 * @param route     the ports and places the goods pass
 * @param vessel    the carrying vessel, when shipped by sea
 */
public record TradeTransaction(String reference, List<TradeParty> parties, List<GoodsLine> goods,
                               List<RoutePoint> route, Optional<Vessel> vessel) {

    public TradeTransaction {
        Objects.requireNonNull(reference, "reference");
        parties = List.copyOf(parties);
        goods = List.copyOf(goods);
        route = List.copyOf(route);
        Objects.requireNonNull(vessel, "vessel");
    }

    public Stream<TradeParty> receivingSide() {
        return parties.stream().filter(p -> p.role().isReceivingSide());
    }
}
