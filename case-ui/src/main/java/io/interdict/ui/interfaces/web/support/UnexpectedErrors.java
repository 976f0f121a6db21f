package io.interdict.ui.interfaces.web.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import io.interdict.casework.interfaces.observability.CorrelationId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session's last resort: a failure no view handled is logged with the request's correlation id, and the person
 * sees a notification quoting it (a refusal that slipped through is still shown as the refusal it is).
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
        // the id of the browser request that failed, as the JSON log records it; a failure outside a request gets one
        String correlationId = CorrelationId.current().orElseGet(CorrelationId::fresh).value();
        LOG.log(Level.SEVERE, failure, () -> "Browser request failed [correlation id " + correlationId + "]");
        if (ui != null) {
            ui.access(() -> Feedback.failed(correlationId));
        }
    }
}
