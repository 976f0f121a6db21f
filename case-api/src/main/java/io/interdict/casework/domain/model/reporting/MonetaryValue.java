package io.interdict.casework.domain.model.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * What property is worth, actual or estimated, in an ISO 4217 currency: "actual or, if unknown, estimated value"
 * (501.603(b)(1)(ii), 501.604(b)(8)). Amounts keep two decimal places, as the report forms do.
 */
@Embeddable
public class MonetaryValue {

    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "estimated")
    private Boolean estimated;

    protected MonetaryValue() {
        // for JPA
    }

    /** @throws IllegalArgumentException for a negative amount or a code that is not an ISO 4217 currency */
    public MonetaryValue(BigDecimal amount, String currency, boolean estimated) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a value cannot be negative: " + amount);
        }
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        this.currency = Currency.getInstance(Objects.requireNonNull(currency, "currency")).getCurrencyCode();
        this.estimated = estimated;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public boolean isEstimated() {
        return Boolean.TRUE.equals(estimated);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonetaryValue that && amount.compareTo(that.amount) == 0
                && currency.equals(that.currency) && isEstimated() == that.isEstimated();
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString() + (isEstimated() ? " (estimated)" : "");
    }
}
