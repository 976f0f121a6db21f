package io.interdict.screening.domain.ownership;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One party's share of another: {@code owner} holds {@code percent} of {@code owned} directly. Parties are named by
 * the key the register knows them by (a customer reference, or a list entry key such as {@code us-ofac-sdn:9345}).
 */
public record OwnershipLink(String owner, String owned, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public OwnershipLink {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(owned, "owned");
        if (owner.isBlank() || owned.isBlank()) {
            throw new IllegalArgumentException("an ownership link names its owner and the party owned");
        }
        if (owner.equals(owned)) {
            throw new IllegalArgumentException(owner + " cannot own itself");
        }
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a share is more than 0 and at most 100 percent, not " + percent);
        }
    }
}
