package io.interdict.casework.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One acknowledgement answers a notification for all managers, and names who gave it. */
class ManagerNotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void aManagerAcknowledgesAnOpenNotificationOnce() {
        var notification = new ManagerNotification(CaseId.random(), NotificationKind.TRIAGE_OVERDUE,
                "Triage of the case for 'Banco Nacional de Cuba' passed its SLA", NOW);
        assertThat(notification.acknowledgedBy()).isEmpty();

        notification.acknowledge("manager", NOW.plusSeconds(60));

        assertThat(notification.acknowledgedBy()).contains("manager");
        assertThat(notification.acknowledgedAt()).contains(NOW.plusSeconds(60));
        assertThatThrownBy(() -> notification.acknowledge("manager2", NOW.plusSeconds(120)))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("acknowledged by manager");
        assertThat(notification.acknowledgedBy()).contains("manager");
    }
}
