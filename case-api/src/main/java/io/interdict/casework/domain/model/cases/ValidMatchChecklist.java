package io.interdict.casework.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OFAC's five steps for deciding whether a hit is a valid match (FAQ 5), answered by the analyst at triage and kept
 * with the decision as its evidence.
 * <ol>
 *   <li>Is the hit against an OFAC list (rather than another agency's list)?</li>
 *   <li>Is it an individual where the party is an organisation or vessel, or the other way round?</li>
 *   <li>Does only one of two or more names match (e.g. just the surname)?</li>
 *   <li>How does the complete entry compare: identifiers, date of birth, address, nationality?</li>
 *   <li>Are there several similarities or exact matches?</li>
 * </ol>
 */
@Embeddable
public class ValidMatchChecklist {

    @Enumerated(EnumType.STRING)
    @Column(name = "check_on_ofac_list", length = 3)
    private Answer onOfacList;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type_mismatch", length = 3)
    private Answer typeMismatch;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_only_one_name", length = 3)
    private Answer onlyOneNameMatches;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_identifiers", length = 20)
    private IdentifierComparison identifiers;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_several_similarities", length = 3)
    private Answer severalSimilarities;

    protected ValidMatchChecklist() {
        // for JPA
    }

    public ValidMatchChecklist(Answer onOfacList, Answer typeMismatch, Answer onlyOneNameMatches,
                               IdentifierComparison identifiers, Answer severalSimilarities) {
        this.onOfacList = onOfacList;
        this.typeMismatch = typeMismatch;
        this.onlyOneNameMatches = onlyOneNameMatches;
        this.identifiers = identifiers;
        this.severalSimilarities = severalSimilarities;
    }

    /** The questions left unanswered, by their field names, so an API error can name them. */
    public List<String> unanswered() {
        List<String> missing = new ArrayList<>();
        if (onOfacList == null) {
            missing.add("onOfacList");
        }
        if (typeMismatch == null) {
            missing.add("typeMismatch");
        }
        if (onlyOneNameMatches == null) {
            missing.add("onlyOneNameMatches");
        }
        if (identifiers == null) {
            missing.add("identifiers");
        }
        if (severalSimilarities == null) {
            missing.add("severalSimilarities");
        }
        return missing;
    }

    /**
     * Why the answers forbid closing the hit as a false positive, if they do. OFAC: several similarities or exact
     * matches call for escalation (step 5); identifiers that agree with no type mismatch and more than one name
     * matching leave nothing that makes the hit false; too little data means more must be obtained first (step 4).
     */
    public Optional<String> forbidsFalsePositive() {
        if (severalSimilarities == Answer.YES) {
            return Optional.of("step 5 found several similarities or exact matches: the hit must be escalated");
        }
        boolean namesAndTypeFit = typeMismatch == Answer.NO && onlyOneNameMatches == Answer.NO;
        if (identifiers == IdentifierComparison.AGREE && namesAndTypeFit) {
            return Optional.of("identifiers agree, the type fits and more than one name matches: nothing shows the"
                    + " hit to be false, so it must be escalated");
        }
        if (identifiers == IdentifierComparison.INSUFFICIENT_DATA && namesAndTypeFit) {
            return Optional.of("step 4 found too little data to compare: obtain more information about the party"
                    + " before closing the hit");
        }
        return Optional.empty();
    }

    public Answer onOfacList() {
        return onOfacList;
    }

    public Answer typeMismatch() {
        return typeMismatch;
    }

    public Answer onlyOneNameMatches() {
        return onlyOneNameMatches;
    }

    public IdentifierComparison identifiers() {
        return identifiers;
    }

    public Answer severalSimilarities() {
        return severalSimilarities;
    }

    @Override
    public String toString() {
        return "onOfacList=" + onOfacList + ", typeMismatch=" + typeMismatch + ", onlyOneNameMatches="
                + onlyOneNameMatches + ", identifiers=" + identifiers + ", severalSimilarities=" + severalSimilarities;
    }
}
