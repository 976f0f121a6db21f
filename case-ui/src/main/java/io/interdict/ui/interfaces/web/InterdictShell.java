package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The page every view lives in. Server push over long polling: a batch's progress reaches the administrator's
 * browser as it happens, with no WebSocket endpoint needed in the server.
 */
@Push(transport = Transport.LONG_POLLING)
public class InterdictShell implements AppShellConfigurator {
}
