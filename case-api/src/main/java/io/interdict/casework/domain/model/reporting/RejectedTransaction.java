package io.interdict.casework.domain.model.reporting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a report of a rejected transaction says beyond who rejected it, when, against which targets and under which
 * authority (those are the report's own): the elements of 31 CFR 501.604(b) the case does not hold, completed by the
 * drafter "to the extent the information is available" (the 2024 amendment). Empty until drafted.
 */
@Embeddable
public class RejectedTransaction {

    /** (2) A description of the rejected transaction. */
    @Column(name = "transaction_description", length = 4000)
    private String transactionDescription;

    /** (3) The targets' locations, if known. */
    @Column(name = "target_locations", length = 1000)
    private String targetLocations;

    /** (4) Parties: customers, beneficiaries, originators, letter-of-credit applicants and their banks. */
    @Column(name = "participants", length = 4000)
    private String participants;

    /** (5) Intermediary, correspondent, issuing, advising or confirming banks. */
    @Column(name = "banks", length = 4000)
    private String banks;

    /** (6) A description of the property that is the subject of the transaction. */
    @Column(name = "property_description", length = 4000)
    private String propertyDescription;

    /** (7) Account or reference numbers. */
    @Column(name = "account_references", length = 1000)
    private String accountReferences;

    /** (8) The actual or estimated value. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "rejected_value_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "rejected_value_currency")),
        @AttributeOverride(name = "estimated", column = @Column(name = "rejected_value_estimated"))})
    private MonetaryValue value;

    /** (9) For rejected trade documents, the value of the shipment in words. */
    @Column(name = "shipment_value_narrative", length = 4000)
    private String shipmentValueNarrative;

    /** (12) The relevant documentation received (transfer instructions, bills of lading, invoices...). */
    @Column(name = "documents_description", length = 4000)
    private String documentsDescription;

    protected RejectedTransaction() {
        // for JPA, and the empty draft
    }

    /** The elements as drafted; each may be empty when the information is not available to the filer. */
    public RejectedTransaction(Optional<String> transactionDescription, Optional<String> targetLocations,
                               Optional<String> participants, Optional<String> banks,
                               Optional<String> propertyDescription, Optional<String> accountReferences,
                               Optional<MonetaryValue> value, Optional<String> shipmentValueNarrative,
                               Optional<String> documentsDescription) {
        this.transactionDescription = transactionDescription.orElse(null);
        this.targetLocations = targetLocations.orElse(null);
        this.participants = participants.orElse(null);
        this.banks = banks.orElse(null);
        this.propertyDescription = propertyDescription.orElse(null);
        this.accountReferences = accountReferences.orElse(null);
        this.value = value.orElse(null);
        this.shipmentValueNarrative = shipmentValueNarrative.orElse(null);
        this.documentsDescription = documentsDescription.orElse(null);
    }

    /**
     * The elements a report cannot be signed off without, by their API names: the description of the transaction
     * and the documentation received (with the rejecting institution, the date and the authority, which the report
     * holds itself, OFAC's minimum in every case, FAQ 820).
     */
    public List<String> missingForReport() {
        List<String> missing = new ArrayList<>();
        if (transactionDescription == null) {
            missing.add("transactionDescription");
        }
        if (documentsDescription == null) {
            missing.add("documentsDescription");
        }
        return missing;
    }

    /** A rejection whose elements are still to be drafted. */
    public static RejectedTransaction toBeDrafted() {
        return new RejectedTransaction();
    }

    public Optional<String> transactionDescription() {
        return Optional.ofNullable(transactionDescription);
    }

    public Optional<String> targetLocations() {
        return Optional.ofNullable(targetLocations);
    }

    public Optional<String> participants() {
        return Optional.ofNullable(participants);
    }

    public Optional<String> banks() {
        return Optional.ofNullable(banks);
    }

    public Optional<String> propertyDescription() {
        return Optional.ofNullable(propertyDescription);
    }

    public Optional<String> accountReferences() {
        return Optional.ofNullable(accountReferences);
    }

    public Optional<MonetaryValue> value() {
        return Optional.ofNullable(value);
    }

    public Optional<String> shipmentValueNarrative() {
        return Optional.ofNullable(shipmentValueNarrative);
    }

    public Optional<String> documentsDescription() {
        return Optional.ofNullable(documentsDescription);
    }
}
