package io.interdict.casework.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock casework reads time from: UTC as the system keeps it. Injected wherever time is read, so that a test
 * can fix it and every timestamp of one change comes from the same source.
 */
@ApplicationScoped
public class SystemClock {

    /** Dependent: the system clock is immutable and shared, so there is nothing to proxy. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
