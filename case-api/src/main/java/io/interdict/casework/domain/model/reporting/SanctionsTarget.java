package io.interdict.casework.domain.model.reporting;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Arrays;
import java.util.List;

/**
 * A sanctions target a report names ("the associated sanctions target(s)", 501.603(b)(1)(ii), 501.604(b)(3)): the
 * list entry as it was screened, its name, its programmes and the legal authorities they stand for.
 */
@Embeddable
public class SanctionsTarget {

    @Embedded
    private ListEntryRef entry;

    @Column(name = "target_name", nullable = false, length = 500)
    private String name;

    /** Comma-separated, as the list gives them. */
    @Column(name = "programmes", nullable = false, length = 1000)
    private String programmes;

    /** Semicolon-separated: authorities contain commas ("E.O. 13382, as amended"). */
    @Column(name = "legal_authorities", nullable = false, length = 1000)
    private String legalAuthorities;

    protected SanctionsTarget() {
        // for JPA
    }

    public SanctionsTarget(ListEntryRef entry, String name, List<String> programmes, List<String> legalAuthorities) {
        this.entry = entry;
        this.name = name;
        this.programmes = String.join(",", programmes);
        this.legalAuthorities = String.join(";", legalAuthorities);
    }

    /** The target an alert hit, with the authorities its programmes stand for. */
    public static SanctionsTarget of(Alert alert, LegalAuthorities authorities) {
        String name = alert.reasons().map(AlertReasons::primaryName).orElse(alert.matchedName());
        return new SanctionsTarget(alert.entry(), name, alert.programmes(),
                authorities.forProgrammes(alert.programmes()));
    }

    public ListEntryRef entry() {
        return entry;
    }

    public String name() {
        return name;
    }

    public List<String> programmes() {
        return split(programmes, ",");
    }

    /** Empty when none of the programmes has a known authority: the drafter must give it. */
    public List<String> legalAuthorities() {
        return split(legalAuthorities, ";");
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
