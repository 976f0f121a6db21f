package io.interdict.screening.domain.model.trade;

/**
 * A place the goods pass: port of loading, transshipment, discharge, or a place of delivery.
 *
 * @param kind    what happens there
 * @param place   the port or city name as the documents give it
 * @param country ISO 3166-1 alpha-2, or empty
 */
public record RoutePoint(Kind kind, String place, String country) {

    public enum Kind { LOADING, TRANSSHIPMENT, DISCHARGE, DELIVERY }

    public RoutePoint {
        place = place == null ? "" : place.strip();
        country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
