package io.interdict.workflow.application;

import io.interdict.casework.domain.model.cases.ScreeningCase;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The case whose process is being started, on the starting thread, for as long as the start runs. Casework stores
 * a new case only after its process has prioritised it, so the case is written in one insert rather than an insert
 * and an update; until then the prioritisation delegate finds it here. The process starts synchronously up to its
 * first wait state (the triage task), on the caller's thread: that is what makes a thread-bound hand-over enough.
 */
public final class OpeningCases {

    private static final ThreadLocal<ScreeningCase> OPENING = new ThreadLocal<>();

    private OpeningCases() {
    }

    /** Runs {@code start} with {@code opening} findable through {@link #current(UUID)}. */
    public static <T> T during(ScreeningCase opening, Supplier<T> start) {
        OPENING.set(opening);
        try {
            return start.get();
        } finally {
            OPENING.remove();
        }
    }

    /** The case being opened on this thread, when it is the one with this id. */
    static Optional<ScreeningCase> current(UUID id) {
        return Optional.ofNullable(OPENING.get()).filter(opening -> opening.id().equals(id));
    }
}
