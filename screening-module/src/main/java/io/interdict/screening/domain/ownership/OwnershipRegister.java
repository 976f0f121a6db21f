package io.interdict.screening.domain.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns whom, as far as the institution knows: the direct links, by party owned. A party's owners' shares may not
 * add up to more than 100 percent.
 */
public final class OwnershipRegister {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, List<OwnershipLink>> ownersOf = new HashMap<>();

    public OwnershipRegister(List<OwnershipLink> links) {
        Map<String, BigDecimal> held = new HashMap<>();
        for (OwnershipLink link : links) {
            ownersOf.computeIfAbsent(link.owned(), k -> new ArrayList<>()).add(link);
            BigDecimal total = held.merge(link.owned(), link.percent(), BigDecimal::add);
            if (total.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("the owners of " + link.owned() + " hold " + total.toPlainString()
                        + " percent of it, more than 100");
            }
        }
    }

    /** The direct owners of the party, with their shares. */
    public List<OwnershipLink> ownersOf(String party) {
        return ownersOf.getOrDefault(party, List.of());
    }
}
