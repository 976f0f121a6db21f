package io.interdict.casework.domain.model.reporting;

/**
 * The kinds of blocked property OFAC's annual report (TD F 90-22.50) classifies assets by, as its guidance names
 * them. Each blocked asset is one row of that report: property is never aggregated.
 */
public enum PropertyType {
    WIRE_TRANSFER("Wire transfer"),
    MONEY_TRANSFER("Money transfer"),
    BANK_ACCOUNT("Bank account"),
    BROKERAGE_ACCOUNT("Brokerage account"),
    CERTIFICATE_OF_DEPOSIT("Certificate of deposit"),
    CHECK("Check"),
    CLAIM("Claim"),
    COLLATERAL("Collateral"),
    CREDIT_CARD("Credit card"),
    DEPOSITS("Deposits"),
    LETTER_OF_CREDIT("Letter of credit"),
    STANDBY_LETTER_OF_CREDIT("Standby letter of credit"),
    INSURANCE("Insurance"),
    PREPAID_CARD("Prepaid card"),
    REAL_ESTATE("Real estate"),
    SAFE_DEPOSIT("Safe deposit"),
    SAVINGS("Savings"),
    SECURED_DEBT_OR_EQUITY("Secured debt or equity"),
    STOCKS("Stocks"),
    DIVIDENDS("Dividends"),
    TANGIBLE_PROPERTY("Tangible property"),
    TRADE_DOCUMENTS("Trade documents");

    private final String label;

    PropertyType(String label) {
        this.label = label;
    }

    /** As the report form writes it. */
    public String label() {
        return label;
    }
}
