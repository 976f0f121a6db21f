package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ScreeningCommand;
import io.interdict.casework.application.TradeScreening;
import io.interdict.casework.domain.model.Role;
import io.interdict.casework.interfaces.observability.ScreeningMeters;
import io.interdict.screening.domain.model.Sha256;
import io.interdict.screening.domain.model.trade.GoodsLine;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.RoutePoint;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import io.interdict.screening.domain.model.trade.Vessel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/screenings/trade}: screen a trade transaction, synchronously: every party and the vessel against
 * the lists, the transaction against the DPRK red-flag rules. Any hit or flag opens one case for the transaction;
 * the answer names it. With an {@code Idempotency-Key} header a repeated request is answered the same.
 */
@Path("/screenings/trade")
@RequestScoped
public class TradeScreeningResource {

    private static final int MAX_LINES = 500;

    @Inject
    TradeScreening screening;

    @Inject
    ScreeningMeters meters;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin", Role.SCREENING_SERVICE_NAME})
    public Response screen(TradeRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return ScreeningResource.answered(meters.measure(ScreeningMeters.Channel.TRADE, () -> {
            TradeTransaction transaction = transactionFrom(request);
            return screening.screen(transaction, Sha256.hex(transaction.toString()),
                    security.getUserPrincipal().getName(), ScreeningResource.key(idempotencyKey));
        }));
    }

    static TradeTransaction transactionFrom(TradeRequest request) {
        if (request == null) {
            throw InvalidRequest.of("body", "a JSON object with the transaction is required");
        }
        RequestFields fields = new RequestFields();
        String reference = fields.required("reference", request.reference, 200);
        List<TradeParty> parties = new ArrayList<>();
        if (request.parties == null || request.parties.isEmpty()) {
            fields.error("parties", "at least one party is required");
        } else {
            lines(fields, "parties", request.parties.size());
            for (int i = 0; i < request.parties.size(); i++) {
                party(fields, "parties[" + i + "]", request.parties.get(i)).ifPresent(parties::add);
            }
        }
        List<GoodsLine> goods = new ArrayList<>();
        List<TradeRequest.Goods> requested = request.goods == null ? List.of() : request.goods;
        lines(fields, "goods", requested.size());
        for (int i = 0; i < requested.size(); i++) {
            goods(fields, "goods[" + i + "]", requested.get(i)).ifPresent(goods::add);
        }
        List<RoutePoint> route = new ArrayList<>();
        List<TradeRequest.RoutePoint> points = request.route == null ? List.of() : request.route;
        lines(fields, "route", points.size());
        for (int i = 0; i < points.size(); i++) {
            TradeRequest.RoutePoint point = points.get(i);
            String at = "route[" + i + "]";
            if (point == null) {
                fields.error(at, "must be an object with kind, place and country");
                continue;
            }
            RoutePoint.Kind kind = fields.requiredEnum(at + ".kind", point.kind, RoutePoint.Kind.class);
            String place = fields.required(at + ".place", point.place, 200);
            Optional<String> country = fields.optional(at + ".country", point.country, 2);
            if (kind != null && place != null) {
                route.add(new RoutePoint(kind, place, country.orElse("")));
            }
        }
        Optional<Vessel> vessel = Optional.ofNullable(request.vessel).map(v -> new Vessel(
                fields.optional("vessel.name", v.name, 200).orElse(""), imo(fields, v.imo),
                fields.optional("vessel.mmsi", v.mmsi, 20).orElse(""), fields.optional("vessel.flag", v.flag, 60)
                .orElse("")));
        fields.check();
        return new TradeTransaction(reference, parties, goods, route, vessel);
    }

    private static Optional<TradeParty> party(RequestFields fields, String at, TradeRequest.Party party) {
        if (party == null) {
            fields.error(at, "must be an object with the party");
            return Optional.empty();
        }
        PartyRole role = fields.requiredEnum(at + ".role", party.role, PartyRole.class);
        ScreeningCommand command;
        try {
            command = ScreeningResource.commandFrom(party);
        } catch (InvalidRequest invalid) {
            invalid.errors().forEach(e -> fields.error(at + "." + e.field(), e.message()));
            return Optional.empty();
        }
        Optional<String> occupation = fields.optional(at + ".occupation", party.occupation, 200);
        if (role == null) {
            return Optional.empty();
        }
        return Optional.of(new TradeParty(role, command.name(), command.type(), command.country().orElse(""),
                command.address().orElse(""), occupation.orElse(""), "", "", command.identifiers()));
    }

    private static Optional<GoodsLine> goods(RequestFields fields, String at, TradeRequest.Goods line) {
        if (line == null) {
            fields.error(at, "must be an object with the goods line");
            return Optional.empty();
        }
        String description = fields.required(at + ".description", line.description, 1000);
        Optional<String> hsCode = fields.optional(at + ".hsCode", line.hsCode, 20);
        if (line.value == null || line.value.signum() < 0) {
            fields.error(at + ".value", "the line's value, zero or more, is required");
        }
        if (line.quantity != null && line.quantity.signum() < 0) {
            fields.error(at + ".quantity", "cannot be negative");
        }
        Optional<String> currency = fields.optional(at + ".currency", line.currency, 3);
        Optional<String> unit = fields.optional(at + ".unit", line.unit, 20);
        if (description == null || line.value == null || line.value.signum() < 0
                || (line.quantity != null && line.quantity.signum() < 0)) {
            return Optional.empty();
        }
        return Optional.of(new GoodsLine(description, hsCode.orElse(""), line.value, currency.orElse(""),
                line.quantity == null ? BigDecimal.ZERO : line.quantity, unit.orElse("")));
    }

    private static String imo(RequestFields fields, String imo) {
        if (imo == null || imo.isBlank()) {
            return "";
        }
        String digits = imo.replaceAll("(?i)^\\s*IMO\\s*", "").strip();
        if (!digits.matches("\\d{7}")) {
            fields.error("vessel.imo", "must be the seven digits of an IMO number, not '" + imo + "'");
            return "";
        }
        return digits;
    }

    private static void lines(RequestFields fields, String field, int size) {
        if (size > MAX_LINES) {
            fields.error(field, "at most " + MAX_LINES + " in one transaction");
        }
    }
}
