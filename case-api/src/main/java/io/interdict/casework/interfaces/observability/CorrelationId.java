package io.interdict.casework.interfaces.observability;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id of one request as the logs, the answer's {@value #HEADER} header, a problem+json body and the browser's
 * error notification all quote it, so that a person's report of an error leads to its log records.
 *
 * @param value letters, digits and {@code . _ : -}, 8 to 64 of them: safe in a header, a log line and a message
 */
public record CorrelationId(String value) {

    public static final String HEADER = "X-Correlation-Id";

    /** The key of the logging context (MDC) the JSON log's {@code mdc} object carries it under. */
    static final String LOG_KEY = "correlationId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    public CorrelationId {
        if (value == null || !WELL_FORMED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a correlation id: " + value);
        }
    }

    /**
     * A new id: 16 hex digits. Not from {@code SecureRandom}: nothing is protected by guessing it, and the blocking
     * entropy source must stay out of every request's way.
     */
    public static CorrelationId fresh() {
        return new CorrelationId(String.format("%016x", ThreadLocalRandom.current().nextLong()));
    }

    /** The caller's own id when it is well formed (a gateway's, so both logs line up), else a new one. */
    public static CorrelationId givenOrFresh(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? new CorrelationId(given) : fresh();
    }

    /** The id of the request this thread serves, if it serves one. */
    public static Optional<CorrelationId> current() {
        Object value = MDC.get(LOG_KEY);
        return value instanceof String text && WELL_FORMED.matcher(text).matches()
                ? Optional.of(new CorrelationId(text)) : Optional.empty();
    }

    /** The current request's id as text, or null outside a request (a problem body then leaves it out). */
    public static String currentValue() {
        return current().map(CorrelationId::value).orElse(null);
    }

    @Override
    public String toString() {
        return value;
    }
}
