package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.ReportWork;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.RejectedTransaction;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** The JSON bodies of the report endpoints. Plain fields, checked here as they are read. */
public final class ReportRequests {

    private static final int TEXT = 4000;
    private static final int REFERENCE = 1000;

    private ReportRequests() {
    }

    /**
     * {@code PUT /api/reports/{id}}: the draft, replacing what was drafted before. A blocked-property report takes
     * {@code propertyType, description, value, currency, estimated, accountReference, transactionDescription}; a
     * rejected transaction's report takes {@code transactionDescription, targetLocations, participants, banks,
     * propertyDescription, accountReferences, value, currency, estimated, shipmentValueNarrative,
     * documentsDescription} (31 CFR 501.604(b)).
     */
    public static class Draft {
        public String propertyType;
        public String description;
        public BigDecimal value;
        /** ISO 4217, e.g. {@code USD}. */
        public String currency;
        /** Whether the value is an estimate (the actual one unknown). */
        public Boolean estimated;
        public String accountReference;
        public String transactionDescription;
        public String targetLocations;
        public String participants;
        public String banks;
        public String propertyDescription;
        public String accountReferences;
        public String shipmentValueNarrative;
        public String documentsDescription;

        /**
         * The draft, its fields checked as the API checks them (the browser drafts through here too).
         *
         * @throws InvalidRequest naming each field that does not hold
         */
        public ReportWork.ReportDraft read() {
            RequestFields fields = new RequestFields();
            ReportWork.ReportDraft draft = read(fields);
            fields.check();
            return draft;
        }

        ReportWork.ReportDraft read(RequestFields fields) {
            Optional<PropertyType> type = Optional.ofNullable(propertyType).filter(t -> !t.isBlank())
                    .map(t -> fields.requiredEnum("propertyType", t, PropertyType.class));
            Optional<MonetaryValue> worth = value(fields);
            Optional<String> transaction = fields.optional("transactionDescription", transactionDescription, TEXT);
            PropertyDescription property = new PropertyDescription(type,
                    fields.optional("description", description, TEXT), worth,
                    fields.optional("accountReference", accountReference, REFERENCE), transaction);
            RejectedTransaction rejection = new RejectedTransaction(transaction,
                    fields.optional("targetLocations", targetLocations, REFERENCE),
                    fields.optional("participants", participants, TEXT), fields.optional("banks", banks, TEXT),
                    fields.optional("propertyDescription", propertyDescription, TEXT),
                    fields.optional("accountReferences", accountReferences, REFERENCE), worth,
                    fields.optional("shipmentValueNarrative", shipmentValueNarrative, TEXT),
                    fields.optional("documentsDescription", documentsDescription, TEXT));
            return new ReportWork.ReportDraft(property, rejection);
        }

        private Optional<MonetaryValue> value(RequestFields fields) {
            if (value == null && (currency == null || currency.isBlank())) {
                return Optional.empty();
            }
            if (value == null || value.signum() < 0) {
                fields.error("value", "must be an amount of 0 or more, with its currency");
                return Optional.empty();
            }
            Optional<String> code = Optional.ofNullable(currency).map(c -> c.strip().toUpperCase(Locale.ROOT))
                    .filter(ReportRequests::isCurrency);
            if (code.isEmpty()) {
                fields.error("currency", "must be an ISO 4217 currency code such as USD, not '" + currency + "'");
                return Optional.empty();
            }
            return Optional.of(new MonetaryValue(value, code.get(), Boolean.TRUE.equals(estimated)));
        }
    }

    /** {@code POST /api/reports/{id}/filed}: the reference OFAC's reporting system gave the filing. */
    public static class Filing {
        public String filingReference;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return code.length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code POST /api/reports/annual}. */
    public static class AnnualReport {
        /** {@code YYYY-06-30}: the day the report is of. */
        public String asOf;
    }
}
