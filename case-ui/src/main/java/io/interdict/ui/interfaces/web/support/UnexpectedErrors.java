package io.interdict.ui.interfaces.web.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session's last resort: a failure no view handled is logged with a short correlation id, and the person sees
 * a notification quoting it (a refusal that slipped through is still shown as the refusal it is).
 */
public class UnexpectedErrors implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        var refusal = Refusals.messageOf(failure);
        UI ui = UI.getCurrent();
        if (refusal.isPresent()) {
            if (ui != null) {
                ui.access(() -> Feedback.refused(refusal.get()));
            }
            return;
        }
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, failure, () -> "Browser request failed [correlation id " + correlationId + "]");
        if (ui != null) {
            ui.access(() -> Feedback.failed(correlationId));
        }
    }
}
