package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.application.BatchNotFound;
import io.interdict.casework.application.CaseNotFound;
import io.interdict.casework.application.ConcurrentChange;
import io.interdict.casework.application.IdempotencyConflict;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which answer each failure gets: the status, the problem type and a detail that gives nothing internal away. */
class ProblemFamilyTest {

    private static Problem problemOf(Throwable failure) {
        return ProblemFamily.classify(failure).problem();
    }

    @Test
    void aLostOptimisticLockIsAConflictToRetryEvenWhenTheCommitWrapsIt() {
        var atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException("row was updated by another transaction"));

        Problem problem = problemOf(new TransactionalException("rolled back", atCommit));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:interdict:problem:concurrent-change");
        assertThat(problem.detail()).contains("try again").doesNotContain("row was updated");
        assertThat(problemOf(new ConcurrentChange("task changed", null)).status()).isEqualTo(409);
    }

    @Test
    void everyKindOfMissingRecordIsOneNotFound() {
        CaseId caseId = CaseId.random();
        UUID id = UUID.randomUUID();

        assertThat(problemOf(new CaseNotFound(caseId))).extracting(Problem::status, Problem::type, Problem::detail)
                .containsExactly(404, "urn:interdict:problem:not-found", "no case " + caseId);
        assertThat(problemOf(new BatchNotFound(id)).detail()).isEqualTo("no batch " + id);
        assertThat(problemOf(new EJBException(new CaseNotFound(caseId))).status()).as("unwrapped from an EJB")
                .isEqualTo(404);
    }

    @Test
    void aRefusalOfFourEyesIsForbiddenAndOtherCaseRulesAreConflicts() {
        assertThat(problemOf(new FourEyesViolation("you escalated it")).status()).isEqualTo(403);
        assertThat(problemOf(new CaseRuleViolation("the case is closed")))
                .extracting(Problem::status, Problem::detail).containsExactly(409, "the case is closed");
    }

    @Test
    void invalidFieldsAreListedAndAnUnreadableBodySaysWhy() {
        Problem invalid = problemOf(InvalidRequest.of("name", "is required"));
        Problem unreadable = problemOf(new JsonbException("wrapper", new IllegalStateException("Unexpected char 'n'")));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errors()).extracting(Problem.FieldError::field).containsExactly("name");
        assertThat(unreadable.type()).isEqualTo("urn:interdict:problem:unreadable-body");
        assertThat(unreadable.detail()).endsWith("Unexpected char 'n'");
    }

    @Test
    void aReusedIdempotencyKeyIsUnprocessable() {
        Problem problem = problemOf(new IdempotencyConflict("k-1"));

        assertThat(problem).extracting(Problem::status, Problem::title).containsExactly(422, "Unprocessable Content");
    }

    @Test
    void anythingElseIsAnInternalErrorThatNamesNothingInternal() {
        Problem problem = problemOf(new IllegalStateException("connection pool exhausted at db-7"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("db-7");
    }
}
