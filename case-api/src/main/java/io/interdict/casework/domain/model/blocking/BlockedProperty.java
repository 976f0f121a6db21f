package io.interdict.casework.domain.model.blocking;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.RecordedChanges;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.reporting.Institution;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.ReportedHolding;
import io.interdict.casework.domain.model.reporting.SanctionsTarget;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of the register of blocked property: held by the institution, owned by the screened party, blocked for
 * the case's sanctions targets on the day the BLOCK was approved. What the case does not know (the kind of
 * property, its value, the account) is completed when the initial report is drafted.
 */
@Entity
@Table(name = "blocked_property")
public class BlockedProperty {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BlockedPropertyStatus status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "holder_name")),
        @AttributeOverride(name = "address", column = @Column(name = "holder_address")),
        @AttributeOverride(name = "contactName", column = @Column(name = "holder_contact_name")),
        @AttributeOverride(name = "contactEmail", column = @Column(name = "holder_contact_email")),
        @AttributeOverride(name = "contactPhone", column = @Column(name = "holder_contact_phone"))})
    private Institution holder;

    @Column(name = "owner_name", nullable = false, length = 500)
    private String ownerName;

    @Column(name = "owner_address", length = 1000)
    private String ownerAddress;

    @Column(name = "owner_country", length = 2)
    private String ownerCountry;

    @Column(name = "owner_reference", length = 200)
    private String ownerReference;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "blocked_property_target", joinColumns = @JoinColumn(name = "blocked_property_id"))
    @OrderColumn(name = "position")
    private List<SanctionsTarget> targets = new ArrayList<>();

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

    @Column(name = "transaction_description", length = 4000)
    private String transactionDescription;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "unblocked_on")
    private LocalDate unblockedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "unblocking_basis", length = 20)
    private UnblockingBasis unblockingBasis;

    @Column(name = "unblocking_reference", length = 200)
    private String unblockingReference;

    @Column(name = "unblocked_by")
    private String unblockedBy;

    @Version
    private long version;

    @Transient
    private final RecordedChanges changes = new RecordedChanges();

    protected BlockedProperty() {
        // for JPA
    }

    /**
     * Enters into the register the property of the case's party, blocked on {@code blockedOn} for the targets.
     *
     * @param holder the institution holding it
     */
    public static BlockedProperty blocked(CaseId caseId, ScreenedParty owner, Institution holder,
                                          List<SanctionsTarget> targets, LocalDate blockedOn, String actor,
                                          Instant now) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("property is blocked for at least one sanctions target");
        }
        BlockedProperty property = new BlockedProperty();
        property.id = UUID.randomUUID();
        property.caseId = caseId.value();
        property.status = BlockedPropertyStatus.BLOCKED;
        property.holder = holder;
        property.ownerName = owner.name();
        property.ownerAddress = owner.address().orElse(null);
        property.ownerCountry = owner.country().orElse(null);
        property.ownerReference = owner.reference().orElse(null);
        property.targets.addAll(targets);
        property.blockedOn = blockedOn;
        property.recordedAt = now;
        property.changes.record(AuditAction.PROPERTY_BLOCKED, actor, property.id, "property of '" + owner.name()
                + "' blocked on " + blockedOn + " for case " + caseId + " (" + targets.size() + " target(s): "
                + String.join(", ", targets.stream().map(t -> t.entry().key()).toList()) + "), held by "
                + holder.name(), null, property.stateSummary());
        return property;
    }

    /**
     * The drafter describes the property (replacing what was said before).
     *
     * @return the fields the initial report still lacks
     */
    public List<String> describe(PropertyDescription described, String drafter) {
        if (status != BlockedPropertyStatus.BLOCKED) {
            throw new CaseRuleViolation("property " + id + " is " + status + ": its description is final");
        }
        String before = stateSummary();
        propertyType = described.type().orElse(null);
        description = described.description().orElse(null);
        value = described.value().orElse(null);
        accountReference = described.accountReference().orElse(null);
        transactionDescription = described.transactionDescription().orElse(null);
        changes.record(AuditAction.PROPERTY_DESCRIBED, drafter, id, drafter + " described the blocked property",
                before, stateSummary());
        return described.missingForReport();
    }

    /**
     * The property is released (by licence or order) or transferred on {@code unblockedOn}: the entry closes and stays
     * in the register with its history.
     *
     * @param reference the licence number, the order's reference, or where it was transferred
     */
    public void unblock(UnblockingBasis basis, String reference, LocalDate unblockedOn, String manager) {
        if (status != BlockedPropertyStatus.BLOCKED) {
            throw new CaseRuleViolation("property " + id + " was unblocked on " + this.unblockedOn + " already");
        }
        if (unblockedOn.isBefore(blockedOn)) {
            throw new CaseRuleViolation("property blocked on " + blockedOn + " cannot be unblocked on " + unblockedOn);
        }
        String before = stateSummary();
        status = BlockedPropertyStatus.UNBLOCKED;
        this.unblockedOn = unblockedOn;
        unblockingBasis = basis;
        unblockingReference = reference;
        unblockedBy = manager;
        changes.record(AuditAction.PROPERTY_UNBLOCKED, manager, id, "property of '" + ownerName + "' unblocked on "
                + unblockedOn + " by " + basis + " " + reference, before, stateSummary());
    }

    /** The entry as a row of the annual report's Part B, as it stands now. */
    public ReportedHolding asHeld() {
        Set<String> programmes = new LinkedHashSet<>();
        Set<String> authorities = new LinkedHashSet<>();
        targets.forEach(t -> {
            programmes.addAll(t.programmes());
            authorities.addAll(t.legalAuthorities());
        });
        return new ReportedHolding(id, caseId, ownerName, ownerAddress, ownerCountry,
                targets.stream().map(t -> t.name() + " (" + t.entry().key() + ")").toList(), programmes, authorities,
                propertyType, description, value, accountReference, blockedOn);
    }

    /**
     * Held blocked at the end of {@code day}: blocked by then and not unblocked by then (property released by licence
     * is no longer reported, even when not yet returned).
     */
    public boolean heldOn(LocalDate day) {
        return !blockedOn.isAfter(day) && (unblockedOn == null || unblockedOn.isAfter(day));
    }

    /** The audit events recorded since they were last taken. */
    public List<AuditRecord> takeRecordedChanges() {
        return changes.take();
    }

    public String stateSummary() {
        return "status=" + status + ", blockedOn=" + blockedOn + ", propertyType=" + propertyType + ", value="
                + value + ", account=" + accountReference + (unblockedOn == null ? ""
                : ", unblockedOn=" + unblockedOn + " (" + unblockingBasis + " " + unblockingReference + ")");
    }

    public UUID id() {
        return id;
    }

    public CaseId caseId() {
        return new CaseId(caseId);
    }

    public BlockedPropertyStatus status() {
        return status;
    }

    public Institution holder() {
        return holder;
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

    public Optional<String> ownerReference() {
        return Optional.ofNullable(ownerReference);
    }

    public List<SanctionsTarget> targets() {
        return List.copyOf(targets);
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

    public Optional<String> transactionDescription() {
        return Optional.ofNullable(transactionDescription);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<LocalDate> unblockedOn() {
        return Optional.ofNullable(unblockedOn);
    }

    public Optional<UnblockingBasis> unblockingBasis() {
        return Optional.ofNullable(unblockingBasis);
    }

    public Optional<String> unblockingReference() {
        return Optional.ofNullable(unblockingReference);
    }

    public Optional<String> unblockedBy() {
        return Optional.ofNullable(unblockedBy);
    }
}
