package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.RoutePoint;
import io.interdict.screening.domain.model.trade.TradeParty;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The places DPRK procurement is routed through (research-anchors D.4-4): the north-east Chinese border and
 * logistics cities, the Russian Far East ports, Hong Kong and Macau - and North Korea itself.
 */
final class TransshipmentHubs {

    private static final List<String> CITIES = List.of(
            "dandong", "shenyang", "dalian", "hunchun", "jilin", "ji'an", "linjiang", "tumen", "yanji",
            "vladivostok", "nakhodka", "khasan", "hong kong", "kowloon", "macau", "macao",
            "nampo", "nampho", "rajin", "rason", "chongjin", "pyongyang");

    /** Hong Kong, Macau, and North Korea: the whole territory is a hub. */
    private static final Set<String> COUNTRIES = Set.of("HK", "MO", "KP");

    private TransshipmentHubs() {
    }

    /** The hub this route point touches, named for the explanation. */
    static Optional<String> touchedBy(RoutePoint point) {
        return hubIn(point.place(), point.country()).map(hub -> point.kind().name().toLowerCase(Locale.ROOT) + " at " + hub);
    }

    /** The hub this party's address lies in. */
    static Optional<String> touchedBy(TradeParty party) {
        return hubIn(party.address(), party.country())
                .map(hub -> party.role().name().toLowerCase(Locale.ROOT) + " " + party.name() + " in " + hub);
    }

    private static Optional<String> hubIn(String place, String country) {
        if (COUNTRIES.contains(country)) {
            return Optional.of(place.isEmpty() ? country : place + " (" + country + ")");
        }
        String text = " " + fold(place) + " ";
        return CITIES.stream().filter(city -> text.contains(" " + city + " ")).findFirst()
                .map(city -> place + (country.isEmpty() ? "" : " (" + country + ")"));
    }

    private static String fold(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z']+", " ").trim();
    }
}
