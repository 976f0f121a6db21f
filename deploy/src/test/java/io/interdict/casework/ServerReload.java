package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Reloads the test server (every service and the deployment stopped and started again, in the same JVM), as a
 * restart under a running job, and waits until it answers again.
 */
final class ServerReload {

    private ServerReload() {
    }

    static void reload(ManagementClient management) throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        try {
            ModelNode outcome = management.getControllerClient().execute(reload);
            assertThat(outcome.get("outcome").asString()).as(outcome.toString()).isEqualTo("success");
        } catch (java.io.IOException e) {
            // the connection may drop as the server goes down: that is the reload under way
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Thread.sleep(2000);
        while (true) {
            try {
                HttpResponse<String> ping = get("manager", "/api/me");
                if (ping.statusCode() == 200 && management.isServerInRunningState()) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            assertThat(Instant.now()).as("server back after reload").isBefore(deadline);
            Thread.sleep(500);
        }
    }
}
