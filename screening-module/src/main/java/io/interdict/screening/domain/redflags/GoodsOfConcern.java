package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.GoodsLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The goods North Korea's missile programme is known to seek (research-anchors D.3): each category with the words
 * that name its items in a goods description and the HS headings they are declared under. The HS mapping is our
 * candidate mapping, not the advisory's; it must be validated with trade counsel before being used as a hard rule,
 * which is why a keyword hit and an HS hit are reported separately.
 */
public enum GoodsOfConcern {
    HEAVY_VEHICLES("multi-axle heavy vehicles and chassis (launcher conversion)",
            List.of("multi[- ]?axle", "heavy[- ]duty chassis", "truck chassis", "lumber transporter",
                    "forestry (?:truck|vehicle)", "off[- ]road (?:truck|transporter)", "tractor[- ]trailer"),
            List.of("870423", "870432", "8706", "8705", "871639")),
    SPECIAL_METALS("specialty steels and aluminium alloys",
            List.of("1cr18ni9ti", "almg6", "maraging", "martensitic", "austenitic", "stainless[- ]steel (?:sheet|plate|bar)",
                    "bearing steel", "aluminium alloy", "aluminum alloy", "tungsten"),
            List.of("7218", "7219", "7220", "7221", "7222", "7223", "7224", "7225", "7226", "7228", "760120",
                    "7604", "7605", "7606", "8101", "284180")),
    PROPELLANT_PRECURSORS("solid propellant and its precursors",
            List.of("alumin(?:i)?um powder", "perchlorate", "\\bmapo\\b", "solid propellant", "epichlorohydrin",
                    "lithium carbonate", "sodium fluoride", "metallic chrom"),
            List.of("7603", "282990", "293399", "291030", "283691", "282619", "811221")),
    COMPOSITES("carbon and aramid fibre, filament winding",
            List.of("carbon fib(?:re|er)", "aramid", "filament wind", "basalt fib(?:re|er)", "spinning nozzle"),
            List.of("6815", "540211", "5501", "5503", "847780", "847989")),
    GUIDANCE("guidance and navigation: gyroscopes, inertial units, accelerometers",
            List.of("gyroscop", "\\bgyro\\b", "\\bimu\\b", "inertial measurement", "inertial navigation",
                    "accelerometer", "guidance system"),
            List.of("901420", "901480", "903180")),
    BEARINGS_AND_VALVES("dual-use bearings, valves and vacuum pumps",
            List.of("ball bearing", "roller bearing", "spherical bearing", "bellows[- ]sealed valve", "vacuum pump"),
            List.of("848210", "848230", "848180", "841410")),
    MACHINE_TOOLS("CNC machine tools, flow-forming machines, isostatic presses, autoclaves",
            List.of("\\bcnc\\b", "flow[- ]forming", "isostatic press", "autoclave", "5[- ]axis", "machining cent(?:re|er)"),
            List.of("8457", "8458", "8459", "8460", "8461", "8463"));

    private final String label;
    private final List<Pattern> keywords;
    private final List<String> hsPrefixes;

    GoodsOfConcern(String label, List<String> keywords, List<String> hsPrefixes) {
        this.label = label;
        this.keywords = keywords.stream().map(k -> Pattern.compile(k, Pattern.CASE_INSENSITIVE)).toList();
        this.hsPrefixes = hsPrefixes;
    }

    public String label() {
        return label;
    }

    /** The word in the description that names an item of this category, if any. */
    public Optional<String> keywordIn(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        for (Pattern keyword : keywords) {
            var matcher = keyword.matcher(text);
            if (matcher.find()) {
                return Optional.of(description.substring(matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** Whether the declared HS code falls under one of this category's candidate headings. */
    public boolean coversHsCode(String hsCode) {
        return !hsCode.isEmpty() && hsPrefixes.stream().anyMatch(hsCode::startsWith);
    }

    public List<String> hsPrefixes() {
        return hsPrefixes;
    }

    /**
     * Why a goods line is of concern.
     *
     * @param category the category
     * @param keyword  the word that named it in the description, or empty when only the HS code put it there
     * @param byHsCode whether the declared HS code is one of the category's headings
     */
    public record Finding(GoodsOfConcern category, String keyword, boolean byHsCode) {
        public String describe(GoodsLine line) {
            String how = keyword.isEmpty() ? "HS " + line.hsCode()
                    : "'" + keyword + "'" + (byHsCode ? " and HS " + line.hsCode() : "");
            return "goods line '" + line.description() + "' is " + category.label + " (" + how + ")";
        }
    }

    /** Every category the goods line belongs to, by description or by HS code. */
    public static List<Finding> classify(GoodsLine line) {
        List<Finding> findings = new ArrayList<>();
        for (GoodsOfConcern category : values()) {
            String keyword = category.keywordIn(line.description()).orElse("");
            boolean byHs = category.coversHsCode(line.hsCode());
            if (!keyword.isEmpty() || byHs) {
                findings.add(new Finding(category, keyword, byHs));
            }
        }
        return findings;
    }
}
