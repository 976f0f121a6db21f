package io.interdict.screening.domain.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
 * path that makes its holder blocked, down from a listed person, so the hit explains itself.
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
     * A share that counts: its holder, the percent, the listed person its blocking comes from, and the steps from
     * that person down to the holder ({@code [L (listed)]}, or {@code [L (listed), 60 % of B]} when B is blocked
     * because L owns enough of it).
     */
    public record CountedShare(String holder, BigDecimal percent, String listedRoot, List<String> blockedThrough) {

        /** {@code L (listed) → 60 % of B → 30 % of C}, read from the listed person down. */
        public String path(String owned) {
            return String.join(" → ", blockedThrough) + " → " + percent.stripTrailingZeros().toPlainString()
                    + " % of " + owned;
        }
    }

    /** The party is blocked by ownership: the shares that count, largest first, and their sum. */
    public record BlockedByOwnership(String party, BigDecimal total, List<CountedShare> shares) {

        /** Every path, as {@link CountedShare#path} writes it. */
        public List<String> paths() {
            return shares.stream().map(share -> share.path(party)).toList();
        }
    }

    /** How a party is blocked: the listed person it comes from and the steps down from there. */
    private record Blocking(String listedRoot, List<String> steps) {
    }

    /** Whether blocked persons own 50 percent or more of the party, and through which shares; empty otherwise. */
    public Optional<BlockedByOwnership> evaluate(String party) {
        return blockedByOwners(party, new HashMap<>(), new HashSet<>());
    }

    private Optional<BlockedByOwnership> blockedByOwners(String party, Map<String, Blocking> known,
                                                         Set<String> onPath) {
        onPath.add(party);
        List<CountedShare> shares = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (OwnershipLink link : register.ownersOf(party)) {
            Optional<Blocking> how = howBlocked(link.owner(), known, onPath);
            if (how.isPresent()) {
                shares.add(new CountedShare(link.owner(), link.percent(), how.get().listedRoot(), how.get().steps()));
                total = total.add(link.percent());
            }
        }
        onPath.remove(party);
        shares.sort(Comparator.comparing(CountedShare::percent).reversed());
        return total.compareTo(THRESHOLD) >= 0 ? Optional.of(new BlockedByOwnership(party, total, shares))
                : Optional.empty();
    }

    /** How the party is blocked: listed itself, or through the owners that block it; empty when it is not. */
    private Optional<Blocking> howBlocked(String party, Map<String, Blocking> known, Set<String> onPath) {
        if (known.containsKey(party)) {
            return Optional.of(known.get(party));
        }
        if (listed.test(party)) {
            Blocking listedItself = new Blocking(party, List.of(party + " (listed)"));
            known.put(party, listedItself);
            return Optional.of(listedItself);
        }
        if (onPath.contains(party)) {
            // a cycle of cross-holdings: no blocking comes round it that did not come from outside it
            return Optional.empty();
        }
        Optional<Blocking> how = blockedByOwners(party, known, onPath).map(blocked -> {
            CountedShare largest = blocked.shares().get(0);
            List<String> steps = new ArrayList<>(largest.blockedThrough());
            steps.add(largest.percent().stripTrailingZeros().toPlainString() + " % of " + party
                    + (blocked.shares().size() > 1 ? " (" + blocked.total().stripTrailingZeros().toPlainString()
                    + " % in all)" : ""));
            return new Blocking(largest.listedRoot(), List.copyOf(steps));
        });
        // only what blocks is kept: a party found not blocked while a cycle was cut may be blocked seen from elsewhere
        how.ifPresent(blocking -> known.put(party, blocking));
        return how;
    }
}
