package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The red-flag rules Interdict runs over a trade transaction, and the report they produce together.
 */
public final class RedFlagRulebook {

    /** Line value from which a vague goods description is flagged (DPRK-05), in the line's currency. */
    public static final BigDecimal DEFAULT_HIGH_VALUE = new BigDecimal("25000");

    private final List<RedFlagRule> rules;

    public RedFlagRulebook(List<RedFlagRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The DPRK rules of research-anchors D.5 that need no data beyond the transaction and the lists. */
    public static RedFlagRulebook dprk(SanctionsLookup lookup) {
        return new RedFlagRulebook(List.of(
                new DprkListedParty(lookup),
                new DiplomaticPartyBuyingIndustrialGoods(),
                new GoodsOfConcernViaTransshipmentHub(),
                new VagueOrMisdeclaredGoods(DEFAULT_HIGH_VALUE),
                new ListedVessel(lookup),
                new DprkLinkedWallet(lookup)));
    }

    public List<RedFlagRule> rules() {
        return rules;
    }

    public Report evaluate(TradeTransaction transaction) {
        List<RedFlag> flags = rules.stream().flatMap(rule -> rule.evaluate(transaction).stream())
                .sorted(Comparator.comparing(RedFlag::severity).reversed().thenComparing(RedFlag::ruleId))
                .toList();
        return new Report(transaction.reference(), flags);
    }

    /** All flags raised on one transaction, most severe first. */
    public record Report(String reference, List<RedFlag> flags) {

        public Report {
            flags = List.copyOf(flags);
        }

        public Optional<Severity> highestSeverity() {
            return flags.stream().map(RedFlag::severity).max(Comparator.naturalOrder());
        }

        public boolean isClear() {
            return flags.isEmpty();
        }
    }
}
