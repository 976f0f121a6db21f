package io.interdict.screening.domain.model.trade;

/**
 * The vessel carrying the goods, as the documents name it.
 *
 * @param name the vessel's name
 * @param imo  IMO number (7 digits, with or without the {@code IMO} prefix), or empty
 * @param mmsi MMSI (9 digits), or empty
 * @param flag flag state ISO 3166-1 alpha-2, or empty
 */
public record Vessel(String name, String imo, String mmsi, String flag) {

    public Vessel {
        name = name == null ? "" : name.strip();
        imo = imo == null ? "" : imo.strip();
        mmsi = mmsi == null ? "" : mmsi.strip();
        flag = flag == null ? "" : flag.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
