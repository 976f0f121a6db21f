package io.interdict.casework.domain.model.reporting;

import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.reporting.PropertyType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the annual report's Part B (TD F 90-22.50): one blocked asset as the register holds it, never summed
 * with another ("one row per blocked asset", 501.603(b)(2)(iii)): its owner and where they are, the sanctions targets
 * and programmes it is blocked for with their legal authorities, its kind, description, value and account.
 */
@Embeddable
public class ReportedHolding {

    @Column(name = "blocked_property_id", nullable = false)
    private UUID blockedPropertyId;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "owner_name", nullable = false, length = 500)
    private String ownerName;

    @Column(name = "owner_address", length = 1000)
    private String ownerAddress;

    @Column(name = "owner_country", length = 2)
    private String ownerCountry;

    /** Semicolon-separated: each target's name and list entry. */
    @Column(name = "targets", nullable = false, length = 4000)
    private String targets;

    @Column(name = "programmes", nullable = false, length = 1000)
    private String programmes;

    @Column(name = "legal_authorities", nullable = false, length = 1000)
    private String legalAuthorities;

    @Enumerated(EnumType.STRING)
    @Column(name = "property_type", length = 40)
    private PropertyType propertyType;

    @Column(name = "description", length = 4000)
    private String description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "value_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "value_currency")),
        @AttributeOverride(name = "estimated", column = @Column(name = "value_estimated"))})
    private MonetaryValue value;

    @Column(name = "account_reference", length = 200)
    private String accountReference;

    @Column(name = "blocked_on", nullable = false)
    private LocalDate blockedOn;

    protected ReportedHolding() {
        // for JPA
    }

    /**
     * A row for a register entry as it stands now ({@code BlockedProperty.asHeld()} gives it).
     *
     * @param targets each sanctions target's name and list entry
     */
    public ReportedHolding(UUID blockedPropertyId, UUID caseId, String ownerName, String ownerAddress,
                           String ownerCountry, List<String> targets, Collection<String> programmes,
                           Collection<String> legalAuthorities, PropertyType propertyType, String description,
                           MonetaryValue value, String accountReference, LocalDate blockedOn) {
        this.blockedPropertyId = blockedPropertyId;
        this.caseId = caseId;
        this.ownerName = ownerName;
        this.ownerAddress = ownerAddress;
        this.ownerCountry = ownerCountry;
        this.targets = String.join(";", targets);
        this.programmes = String.join(",", programmes);
        this.legalAuthorities = String.join(";", legalAuthorities);
        this.propertyType = propertyType;
        this.description = description;
        this.value = value;
        this.accountReference = accountReference;
        this.blockedOn = blockedOn;
    }

    /** What Part B needs of this row and the register entry does not say yet (its drafter describes it there). */
    public List<String> missingForReport() {
        List<String> missing = new ArrayList<>();
        if (propertyType == null) {
            missing.add("propertyType");
        }
        if (value == null) {
            missing.add("value");
        }
        if (legalAuthorities.isEmpty()) {
            missing.add("legalAuthority");
        }
        return missing;
    }

    public UUID blockedPropertyId() {
        return blockedPropertyId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String ownerName() {
        return ownerName;
    }

    public Optional<String> ownerAddress() {
        return Optional.ofNullable(ownerAddress);
    }

    public Optional<String> ownerCountry() {
        return Optional.ofNullable(ownerCountry);
    }

    public List<String> targets() {
        return split(targets, ";");
    }

    public List<String> programmes() {
        return split(programmes, ",");
    }

    public List<String> legalAuthorities() {
        return split(legalAuthorities, ";");
    }

    public Optional<PropertyType> propertyType() {
        return Optional.ofNullable(propertyType);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Optional<MonetaryValue> value() {
        return Optional.ofNullable(value);
    }

    public Optional<String> accountReference() {
        return Optional.ofNullable(accountReference);
    }

    public LocalDate blockedOn() {
        return blockedOn;
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
