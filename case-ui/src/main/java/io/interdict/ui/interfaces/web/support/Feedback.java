package io.interdict.ui.interfaces.web.support;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The notifications a person sees after an action: done, refused by a rule, or failed on the server (with the
 * correlation id the server log holds too). Their texts are plain text, never HTML.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void done(String message) {
        show(message, "feedback-done", NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void refused(String message) {
        show(message, "feedback-refused", NotificationVariant.LUMO_ERROR, 8000);
    }

    public static void failed(String correlationId) {
        show("Something went wrong on the server. It was logged under reference " + correlationId
                + "; quote it to your administrator.", "feedback-failed", NotificationVariant.LUMO_ERROR, 0);
    }

    /**
     * Runs an action that may be refused: a refusal is shown and {@code false} returned; any other failure goes on
     * to the session's error handler ({@link UnexpectedErrors}).
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            String refusal = Refusals.messageOf(e).orElseThrow(() -> e);
            refused(refusal);
            return false;
        }
    }

    private static void show(String message, String id, NotificationVariant variant, int millis) {
        var text = new Span(message);
        text.setId(id);
        var notification = new Notification(text);
        notification.addThemeVariants(variant);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(millis);
        if (millis == 0) {
            text.addClickListener(click -> notification.close());
            text.setTitle("Click to close");
        }
        notification.open();
    }
}
