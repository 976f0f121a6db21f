package io.interdict.casework.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A decision taken on a case: who decided what at which step, when and why. Never changed once taken. */
@Entity
@Table(name = "case_decision")
public class Decision {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ScreeningCase screeningCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private DecisionStep step;

    /** {@link TriageOutcome} or {@link EscalationOutcome} by name. */
    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "actor", nullable = false, length = 255)
    private String actor;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "rationale", nullable = false, length = 4000)
    private String rationale;

    @Embedded
    private ValidMatchChecklist checklist;

    protected Decision() {
        // for JPA
    }

    Decision(ScreeningCase screeningCase, DecisionStep step, String outcome, String actor, Instant decidedAt,
             String rationale, ValidMatchChecklist checklist) {
        this.id = UUID.randomUUID();
        this.screeningCase = screeningCase;
        this.step = step;
        this.outcome = outcome;
        this.actor = actor;
        this.decidedAt = decidedAt;
        this.rationale = rationale;
        this.checklist = checklist;
    }

    public UUID id() {
        return id;
    }

    public DecisionStep step() {
        return step;
    }

    public String outcome() {
        return outcome;
    }

    public String actor() {
        return actor;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rationale() {
        return rationale;
    }

    /** The valid-match checklist, answered at triage only. */
    public Optional<ValidMatchChecklist> checklist() {
        return Optional.ofNullable(checklist);
    }

    boolean isEscalation() {
        return step == DecisionStep.TRIAGE && TriageOutcome.ESCALATE.name().equals(outcome);
    }
}
