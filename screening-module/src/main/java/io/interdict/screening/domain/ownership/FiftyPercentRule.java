package io.interdict.screening.domain.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * OFAC's 50 percent rule over an ownership register: a party is blocked when it is listed, or when blocked persons
 * own 50 percent or more of it in the aggregate. A blocked owner's share counts whole, whether the owner is listed or
 * blocked through its own owners (A owns 50 % of B, B owns 50 % of C: C is blocked); a share held by an owner that
 * is not blocked counts for nothing, however its own owners stand. Every share that counts is reported with the
 * path that makes its holder blocked, so the hit explains itself.
 */
public final class FiftyPercentRule {

    /** The aggregate share from which an owned party is blocked. */
    public static final BigDecimal THRESHOLD = BigDecimal.valueOf(50);

    private final OwnershipRegister register;
    private final Predicate<String> listed;

    /**
     * @param listed whether a party, by its register key, is a listed (designated) person
     */
    public FiftyPercentRule(OwnershipRegister register, Predicate<String> listed) {
        this.register = register;
        this.listed = listed;
    }

    /**
     * A share that counts: its holder, the percent, and how the holder is blocked ({@code [L]} when it is listed,
     * {@code [L, B]} when B is blocked because L owns enough of it).
     */
    public record CountedShare(String holder, BigDecimal percent, List<String> blockedThrough) {

        /** {@code L (listed) → 60 % of B → 30 % of C}, read from the listed person down. */
        public String path(String owned) {
            return String.join(" → ", blockedThrough) + " → " + percent.stripTrailingZeros().toPlainString()
                    + " % of " + owned;
        }
    }

    /** The party is blocked by ownership: the shares that count and their sum. */
    public record BlockedByOwnership(String party, BigDecimal total, List<CountedShare> shares) {
    }

    /** Whether blocked persons own 50 percent or more of the party, and through which shares; empty otherwise. */
    public Optional<BlockedByOwnership> evaluate(String party) {
        return blockedByOwners(party, new HashMap<>(), new HashSet<>());
    }

    private Optional<BlockedByOwnership> blockedByOwners(String party, Map<String, Optional<List<String>>> known,
                                                         Set<String> onPath) {
        onPath.add(party);
        List<CountedShare> shares = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (OwnershipLink link : register.ownersOf(party)) {
            Optional<List<String>> how = howBlocked(link.owner(), known, onPath);
            if (how.isPresent()) {
                shares.add(new CountedShare(link.owner(), link.percent(), how.get()));
                total = total.add(link.percent());
            }
        }
        onPath.remove(party);
        return total.compareTo(THRESHOLD) >= 0 ? Optional.of(new BlockedByOwnership(party, total, shares))
                : Optional.empty();
    }

    /** How the party is blocked: listed itself, or through the owners that block it; empty when it is not. */
    private Optional<List<String>> howBlocked(String party, Map<String, Optional<List<String>>> known,
                                              Set<String> onPath) {
        if (known.containsKey(party)) {
            return known.get(party);
        }
        if (listed.test(party)) {
            known.put(party, Optional.of(List.of(party + " (listed)")));
            return known.get(party);
        }
        if (onPath.contains(party)) {
            // a cycle of cross-holdings: no blocking comes round it that did not come from outside it
            return Optional.empty();
        }
        Optional<List<String>> how = blockedByOwners(party, known, onPath).map(blocked -> {
            CountedShare largest = blocked.shares().stream().max((a, b) -> a.percent().compareTo(b.percent()))
                    .orElseThrow();
            List<String> path = new ArrayList<>(largest.blockedThrough());
            path.add(largest.percent().stripTrailingZeros().toPlainString() + " % of " + party
                    + (blocked.shares().size() > 1 ? " (" + blocked.total().stripTrailingZeros().toPlainString()
                    + " % in all)" : ""));
            return List.copyOf(path);
        });
        // only what blocks is kept: a party found not blocked while a cycle was cut may be blocked seen from elsewhere
        how.ifPresent(path -> known.put(party, how));
        return how;
    }
}
