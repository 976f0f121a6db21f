package io.interdict.screening.domain.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sanctions lists Interdict reads. The key is the stable name used in results, the batch contract
 * ({@code ../shared/eval/README.md}) and entry keys ({@code us-ofac-sdn:12211}); the folder is where the list lives
 * in a lists directory laid out like {@code shared/data/lists}.
 */
public enum ListSource {
    US_OFAC_SDN("us-ofac-sdn", "ofac_sdn", "OFAC Specially Designated Nationals (SDN) List"),
    US_OFAC_CONS("us-ofac-cons", "ofac_non_sdn_consolidated", "OFAC Consolidated Sanctions List (non-SDN)"),
    UN_SC("un-sc", "un_sc_consolidated", "UN Security Council Consolidated List"),
    UK_OFSI("uk-ofsi", "uk_ofsi_conlist", "UK OFSI Consolidated List of Financial Sanctions Targets"),
    US_CSL("us-csl", "us_csl", "US Consolidated Screening List (trade.gov)");

    private final String key;
    private final String folder;
    private final String title;

    ListSource(String key, String folder, String title) {
        this.key = key;
        this.folder = folder;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String folder() {
        return folder;
    }

    public String title() {
        return title;
    }

    public static Optional<ListSource> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
