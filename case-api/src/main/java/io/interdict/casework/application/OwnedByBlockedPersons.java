package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.ownership.FiftyPercentRule;
import io.interdict.screening.domain.ownership.OwnershipRegister;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The 50 percent rule as screening applies it: a party known by its reference is blocked when listed persons (list
 * entries of the lists in force, named in the ownership data by their keys, {@code us-ofac-sdn:9345}) own 50 % or
 * more of it in the aggregate, directly or through parties they block. The alert is raised on the listed person its
 * largest counted share comes from, with every path and the sum as its reasons.
 */
final class OwnedByBlockedPersons {

    /** The feature the alert's reasons name, beside the engine's own. */
    static final String FEATURE = "owned_50_percent_by_blocked_persons";

    private final OwnershipRegister register;
    private final ListsInForce lists;

    OwnedByBlockedPersons(OwnershipRegister register, ListsInForce lists) {
        this.register = register;
        this.lists = lists;
    }

    /** The finding about the party, if blocked persons own enough of it. */
    Optional<Finding> of(String partyReference) {
        if (register.ownersOf(partyReference).isEmpty()) {
            return Optional.empty();
        }
        return new FiftyPercentRule(register, key -> entry(key).isPresent()).evaluate(partyReference)
                .map(blocked -> new Finding(blocked, blocked.shares().stream()
                        .map(share -> entry(share.listedRoot()).orElseThrow()).distinct().toList()));
    }

    /**
     * The party is blocked by ownership.
     *
     * @param roots the listed entries its counted shares come from, that of the largest share first
     */
    record Finding(FiftyPercentRule.BlockedByOwnership blocked, List<ListEntry> roots) {

        /** The listed entry of the largest counted share: the one the alert is raised on. */
        ListEntry root() {
            return roots.get(0);
        }

        /** Whether one of the listed persons it comes from passes the test (a re-screening's new entries). */
        boolean comesFrom(java.util.function.Predicate<ListEntry> entries) {
            return roots.stream().anyMatch(entries);
        }

        /** The alert on the root entry, of the list version screened against, its reasons the paths and the sum. */
        Alert alert(String fingerprint, String version) {
            ListEntry root = root();
            return new Alert(new ListEntryRef(root.source().key(), root.sourceId(), version, fingerprint),
                    root.primaryName().text(), 1.0, root.type(), List.copyOf(root.programmes()), reasons());
        }

        AlertReasons reasons() {
            String total = blocked.total().stripTrailingZeros().toPlainString();
            String paths = String.join("; ", blocked.paths());
            return new AlertReasons(root().primaryName().text(), "owned " + total + " % in the aggregate by blocked"
                    + " persons (OFAC's 50 percent rule): " + paths, List.of(),
                    List.of(new AlertReasons.FeatureContribution(FEATURE, blocked.total().divide(BigDecimal.valueOf(100),
                            4, RoundingMode.HALF_UP).doubleValue(), 1.0, 1.0, paths)));
        }
    }

    /** The list entry a register key names in the lists in force ({@code us-ofac-sdn:9345}), if it is one. */
    private Optional<ListEntry> entry(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return ListSource.byKey(key.substring(0, colon)).flatMap(lists::list)
                .flatMap(list -> list.entry(key.substring(colon + 1)));
    }
}
