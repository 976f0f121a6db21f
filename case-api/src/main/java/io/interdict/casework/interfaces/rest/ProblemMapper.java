package io.interdict.casework.interfaces.rest;

import io.interdict.casework.interfaces.observability.CorrelationId;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers every failure as {@code application/problem+json}, by the family {@link ProblemFamily} places it in. The
 * one mapper the API registers: JAX-RS would otherwise pick among many by the exception's type alone, which misses
 * a failure that arrives wrapped (a lost optimistic lock inside the transaction's rollback answered 500).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public jakarta.ws.rs.core.Response toResponse(Throwable failure) {
        ProblemFamily.Classified classified = ProblemFamily.classify(failure);
        if (classified.family() == ProblemFamily.UNEXPECTED) {
            LOG.log(Level.SEVERE, failure, () -> "unexpected error in the REST API [correlation id "
                    + java.util.Objects.requireNonNullElse(CorrelationId.currentValue(), "none") + "]");
        }
        return Problem.response(classified.problem());
    }
}
