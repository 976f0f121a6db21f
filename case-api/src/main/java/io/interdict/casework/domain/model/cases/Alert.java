package io.interdict.casework.domain.model.cases;

import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.model.entry.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One hit of a screening: the listed party it points to, in which list version, how strongly and why. Alerts are
 * facts of the screening and never change; decisions are taken on the case that groups them.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ScreeningCase screeningCase;

    @Embedded
    private ListEntryRef entry;

    @Column(name = "matched_name", nullable = false, length = 500)
    private String matchedName;

    @Column(name = "score", nullable = false)
    private double score;

    /** The entry's sanctions programmes, comma-separated ({@code DPRK3,DPRK4}), as the prioritisation table reads them. */
    @Column(name = "programmes", length = 1000)
    private String programmes;

    /** The entry's type by its key ({@code individual}, {@code entity}, {@code vessel}, {@code aircraft}). */
    @Column(name = "entry_type", length = 20)
    private String entryType;

    /**
     * Where in a screened message or transaction the hit was found, comma-separated ({@code CdtTrfTxInf/Dbtr/Nm,
     * :50K:}); null for a party screened on its own.
     */
    @Column(name = "found_in", length = 2000)
    private String foundIn;

    /** The words of the message the hit was found on, when they are not the case's party's name; else null. */
    @Column(name = "found_text", length = 1000)
    private String foundText;

    /** The engine's explanation of the score, stored by {@code AlertReasonsConverter} in its own versioned shape. */
    @Column(name = "reasons", length = 20000)
    private AlertReasons reasons;

    protected Alert() {
        // for JPA
    }

    /**
     * @param entry       the list entry hit, as screened
     * @param matchedName the entry's name that matched, as the list writes it
     * @param score       in [0, 1]
     * @param entryType   the entry's type
     * @param programmes  the entry's sanctions programmes
     * @param reasons     why it scored so
     */
    public Alert(ListEntryRef entry, String matchedName, double score, EntityType entryType, List<String> programmes,
                 AlertReasons reasons) {
        this.id = UUID.randomUUID();
        this.entry = Objects.requireNonNull(entry, "entry");
        this.matchedName = Objects.requireNonNull(matchedName, "matchedName");
        this.score = score;
        this.entryType = entryType.key();
        this.programmes = String.join(",", programmes.stream().sorted().toList());
        this.reasons = Objects.requireNonNull(reasons, "reasons");
    }

    /** The alert a hit raises on the entry as screened, with the reasons {@link AlertReasons#of} gave the hit. */
    public static Alert raisedBy(Hit hit, ListEntryRef entry, AlertReasons reasons) {
        return new Alert(entry, hit.matchedName(), hit.score(), hit.entry().type(),
                List.copyOf(hit.entry().programmes()), reasons);
    }

    /**
     * The alert a hit raises on the entry, found in these places of a message or transaction (each once, in the
     * order given): {@code CdtTrfTxInf/Dbtr/Nm}, {@code :57A:}; {@code foundText} the words of the message it was
     * found on ({@code KOREA KWANGSON BANKING CORP} in a field 72).
     */
    public static Alert raisedBy(Hit hit, ListEntryRef entry, AlertReasons reasons, List<String> foundIn,
                                 String foundText) {
        Alert alert = raisedBy(hit, entry, reasons);
        alert.foundIn = foundIn.isEmpty() ? null : String.join(", ", foundIn.stream().distinct().toList());
        alert.foundText = foundText == null || foundText.isBlank() ? null
                : foundText.length() > 1000 ? foundText.substring(0, 1000) : foundText;
        return alert;
    }

    void belongTo(ScreeningCase screeningCase) {
        this.screeningCase = screeningCase;
    }

    public UUID id() {
        return id;
    }

    public ListEntryRef entry() {
        return entry;
    }

    public String matchedName() {
        return matchedName;
    }

    public double score() {
        return score;
    }

    /** The entry's programmes, sorted; empty for alerts stored before programmes were kept. */
    public List<String> programmes() {
        return programmes == null || programmes.isEmpty() ? List.of() : Arrays.asList(programmes.split(","));
    }

    /** The entry's type; empty for alerts stored before types were kept. */
    public Optional<EntityType> entryType() {
        return entryType == null ? Optional.empty() : EntityType.parse(entryType);
    }

    /** The places of a message or transaction the hit was found in; empty for a party screened on its own. */
    public List<String> foundIn() {
        return foundIn == null ? List.of() : Arrays.asList(foundIn.split(", "));
    }

    /** The words of the message the hit was found on; empty for a party screened on its own. */
    public Optional<String> foundText() {
        return Optional.ofNullable(foundText);
    }

    /** Empty only for an alert whose stored reasons were lost. */
    public Optional<AlertReasons> reasons() {
        return Optional.ofNullable(reasons);
    }
}
