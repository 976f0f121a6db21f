package io.interdict.screening.domain.model.entry;

/**
 * A listed address. Parts a list leaves empty are empty strings, never null.
 *
 * @param street      street lines joined with ", "
 * @param city        city, state or province and postal code as the list gives them
 * @param country     the country as the list names it ("Korea, North")
 * @param countryCode ISO 3166-1 alpha-2 when the country could be recognised, else empty
 */
public record Address(String street, String city, String country, String countryCode) {

    public Address {
        street = clean(street);
        city = clean(city);
        country = clean(country);
        countryCode = clean(countryCode);
    }

    public boolean isEmpty() {
        return street.isEmpty() && city.isEmpty() && country.isEmpty();
    }

    /** The address on one line, for display. */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {street, city, country}) {
            if (!part.isEmpty()) {
                if (line.length() > 0) {
                    line.append(", ");
                }
                line.append(part);
            }
        }
        return line.toString();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
