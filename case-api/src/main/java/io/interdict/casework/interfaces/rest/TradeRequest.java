package io.interdict.casework.interfaces.rest;

import java.math.BigDecimal;
import java.util.List;

/**
 * A trade transaction as a client sends it for screening (JSON): its parties, goods, route and vessel. Plain
 * fields, checked by {@link TradeScreeningResource}.
 */
public class TradeRequest {
    /** The client's reference for the transaction (an invoice, a letter of credit). Required. */
    public String reference;
    /** At least one party. */
    public List<Party> parties;
    public List<Goods> goods;
    public List<RoutePoint> route;
    public Vessel vessel;

    /** A party and the part it plays. */
    public static class Party extends PartyRequest {
        /** {@code BUYER}, {@code SELLER}, {@code CONSIGNEE}, {@code NOTIFY_PARTY}, {@code END_USER}, {@code PAYER}... */
        public String role;
        /** What the party says it is or does (an embassy, a university…), when known. */
        public String occupation;
    }

    /** One goods line. */
    public static class Goods {
        public String description;
        /** The declared Harmonized System code ({@code 7224.90}). */
        public String hsCode;
        public BigDecimal value;
        /** ISO 4217. */
        public String currency;
        public BigDecimal quantity;
        public String unit;
    }

    /** A port or place the goods pass. */
    public static class RoutePoint {
        /** {@code LOADING}, {@code TRANSSHIPMENT}, {@code DISCHARGE}, {@code DELIVERY}. */
        public String kind;
        public String place;
        /** ISO 3166-1 alpha-2. */
        public String country;
    }

    /** The carrying vessel. */
    public static class Vessel {
        public String name;
        /** Seven digits. */
        public String imo;
        public String mmsi;
        public String flag;
    }
}
