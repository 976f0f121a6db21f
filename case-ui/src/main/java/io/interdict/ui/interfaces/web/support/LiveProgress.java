package io.interdict.ui.interfaces.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads how far a server job has come at a steady pace and pushes it to the browser, until told to stop or the
 * component that shows it leaves the page. One watch at a time: a new one replaces the last.
 */
public final class LiveProgress {

    private final long millis;
    private ScheduledFuture<?> watching;

    /** @param owner the component showing the progress: the watch ends when it is detached */
    public LiveProgress(Component owner, long millis) {
        this.millis = millis;
        owner.addDetachListener(detach -> stop());
    }

    /** Starts reading with {@code read} and showing with {@code show}, under the current UI's lock. */
    public <T> void watch(ManagedScheduledExecutorService scheduler, Supplier<T> read, Consumer<T> show) {
        stop();
        UI ui = UI.getCurrent();
        watching = scheduler.scheduleWithFixedDelay(() -> {
            T now = read.get();
            ui.access(() -> show.accept(now));
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (watching != null) {
            watching.cancel(false);
            watching = null;
        }
    }
}
