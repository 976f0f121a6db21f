package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.Publication;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The publishers' addresses of the current list files, as the publishers give them, and the administrator's own in
 * their place: a properties file with one line per file, {@code <list>.<file>=<address>}
 * ({@code us-ofac-sdn.sdn.csv=https://…}); a list it names takes exactly the files it names.
 */
public final class OfficialPublications {

    private static final String OFAC = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

    private OfficialPublications() {
    }

    public static Map<ListSource, Publication> defaults() {
        Map<ListSource, Publication> publications = new EnumMap<>(ListSource.class);
        publications.put(ListSource.US_OFAC_SDN, publication(ListSource.US_OFAC_SDN, "sdn.csv", OFAC + "SDN.CSV",
                "add.csv", OFAC + "ADD.CSV", "alt.csv", OFAC + "ALT.CSV", "sdn_comments.csv", OFAC + "SDN_COMMENTS.CSV"));
        publications.put(ListSource.US_OFAC_CONS, publication(ListSource.US_OFAC_CONS, "cons_prim.csv",
                OFAC + "CONS_PRIM.CSV", "cons_add.csv", OFAC + "CONS_ADD.CSV", "cons_alt.csv", OFAC + "CONS_ALT.CSV",
                "cons_comments.csv", OFAC + "CONS_COMMENTS.CSV"));
        publications.put(ListSource.UN_SC, publication(ListSource.UN_SC, "consolidated.xml",
                "https://scsanctions.un.org/resources/xml/en/consolidated.xml"));
        publications.put(ListSource.UK_OFSI, publication(ListSource.UK_OFSI, "ConList.xlsx",
                "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx"));
        publications.put(ListSource.US_CSL, publication(ListSource.US_CSL, "consolidated.csv",
                "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"));
        return publications;
    }

    /**
     * The defaults with the lists the properties name in their place.
     *
     * @throws IllegalArgumentException for a key naming no list, or an address that is not an absolute http(s) URI
     */
    public static Map<ListSource, Publication> withOverrides(Properties overrides) {
        Map<ListSource, Map<String, URI>> named = new EnumMap<>(ListSource.class);
        for (String key : overrides.stringPropertyNames()) {
            int dot = key.indexOf('.');
            ListSource source = ListSource.byKey(dot < 0 ? key : key.substring(0, dot)).orElseThrow(() ->
                    new IllegalArgumentException("'" + key + "' names no list: keys are <list>.<file>, such as"
                            + " us-ofac-sdn.sdn.csv"));
            named.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(key.substring(dot + 1),
                    address(key, overrides.getProperty(key).strip()));
        }
        Map<ListSource, Publication> publications = defaults();
        named.forEach((source, files) -> publications.put(source, new Publication(source, files)));
        return publications;
    }

    private static URI address(String key, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not an address");
        }
        if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not an http or https address");
        }
        return uri;
    }

    private static Publication publication(ListSource source, String... nameThenAddress) {
        Map<String, URI> files = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenAddress.length; i += 2) {
            files.put(nameThenAddress[i], URI.create(nameThenAddress[i + 1]));
        }
        return new Publication(source, files);
    }
}
