package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.GoodsLine;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DPRK-05: a generic description ("machinery", "spare parts", "general purpose", "steel products") on a high-value
 * line, or a description naming an item of concern declared under an HS code outside that item's headings.
 * Intermediaries declare specialised materials as general-purpose goods (2020 advisory; research-anchors D.4-5).
 */
public final class VagueOrMisdeclaredGoods implements RedFlagRule {

    private static final Pattern GENERIC = Pattern.compile(
            "^(?:(?:general|various|assorted|misc\\.?|miscellaneous|industrial|mechanical|other|used|new|steel|metal)\\s+)*"
                    + "(?:machinery|machines?|spare parts?|parts|equipment|accessories|goods|products|materials?|"
                    + "general purpose(?: goods| items| equipment)?|merchandise|samples|components|commodities)"
                    + "(?:\\s+(?:and|&)\\s+(?:spare parts?|parts|accessories|equipment|components))?$",
            Pattern.CASE_INSENSITIVE);

    private final BigDecimal highValue;

    /** @param highValue the line value from which a vague description is flagged, in the line's currency */
    public VagueOrMisdeclaredGoods(BigDecimal highValue) {
        this.highValue = highValue;
    }

    @Override
    public String id() {
        return "DPRK-05";
    }

    @Override
    public String title() {
        return "Vague or misdeclared goods description";
    }

    @Override
    public List<RedFlag> evaluate(TradeTransaction transaction) {
        List<RedFlag> flags = new ArrayList<>();
        for (GoodsLine line : transaction.goods()) {
            if (isGeneric(line.description()) && line.value().compareTo(highValue) >= 0) {
                flags.add(flag(Severity.MEDIUM, "goods line '" + line.description() + "' worth " + line.value() + " "
                        + line.currency() + " says only what kind of goods it is, not what they are. Ask for the "
                        + "make, model and specification.", List.of(evidenceOf(line))));
            }
            for (GoodsOfConcern.Finding finding : GoodsOfConcern.classify(line)) {
                if (!finding.keyword().isEmpty() && !line.hsCode().isEmpty() && !finding.byHsCode()) {
                    flags.add(flag(Severity.MEDIUM, "goods line '" + line.description() + "' names '"
                            + finding.keyword() + "' (" + finding.category().label() + ") but is declared under HS "
                            + line.hsCode() + ", outside the headings such goods belong to "
                            + finding.category().hsPrefixes() + ".", List.of(evidenceOf(line))));
                }
            }
        }
        return flags;
    }

    private static boolean isGeneric(String description) {
        String text = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z&.]+", " ").trim();
        return !text.isEmpty() && GENERIC.matcher(text).matches();
    }

    private static String evidenceOf(GoodsLine line) {
        return "'" + line.description() + "' HS " + (line.hsCode().isEmpty() ? "(none)" : line.hsCode()) + ", "
                + line.value() + " " + line.currency();
    }
}
