package io.interdict.screening.domain.redflags;

import io.interdict.screening.domain.model.trade.TradeTransaction;
import java.util.List;

/** One red-flag rule. Rules are stateless and thread-safe. */
public interface RedFlagRule {

    /** The rule's id, e.g. {@code DPRK-04}. */
    String id();

    /** The rule's short name. */
    String title();

    /** The flags this rule raises on the transaction; empty when it finds nothing. */
    List<RedFlag> evaluate(TradeTransaction transaction);

    default RedFlag flag(Severity severity, String explanation, List<String> evidence) {
        return new RedFlag(id(), severity, title(), explanation, evidence);
    }
}
