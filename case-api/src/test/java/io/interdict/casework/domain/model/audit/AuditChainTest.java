package io.interdict.casework.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEvent> trail(int length) {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < length; i++) {
            previous = following(previous, Instant.parse("2026-11-23T09:00:00.123456789Z").plusSeconds(i),
                    AuditRecord.of("analyst", AuditAction.CASE_CLAIMED, "case-" + i, "claimed")
                            .withStates("assignee=none", "assignee=analyst"));
            events.add(previous);
        }
        return events;
    }

    /** The event recorded and sealed right after {@code previous} ({@code null} for the very first event). */
    private static AuditEvent following(AuditEvent previous, Instant occurredAt, AuditRecord record) {
        AuditEvent event = AuditEvent.recorded(occurredAt, record);
        event.sealAfter(previous == null ? ChainHead.EMPTY : previous.asHead());
        return event;
    }

    private static void overwrite(AuditEvent event, String field, Object value) throws Exception {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }

    @Test
    void anUntouchedTrailVerifies() {
        AuditChain.Verification verification = AuditChain.verify(trail(5).iterator());

        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsVerified()).isEqualTo(5);
    }

    @Test
    void eachEventPointsAtThePreviousHashAndTimesAreKeptToTheMicrosecond() {
        List<AuditEvent> events = trail(2);

        assertThat(events.get(0).previousHash()).isNull();
        assertThat(events.get(1).previousHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(0).occurredAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123456Z"));
    }

    @Test
    void anEditedEventIsFoundAsTheFirstBrokenLink() throws Exception {
        List<AuditEvent> events = trail(5);
        overwrite(events.get(2), "actor", "someone-else");

        AuditChain.Verification verification = AuditChain.verify(events.iterator());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).get().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(3);
            assertThat(link.reason()).contains("changed after it was written");
        });
        assertThat(verification.eventsVerified()).isEqualTo(2);
    }

    @Test
    void anEditedEventWithARecomputedHashBreaksTheNextLink() throws Exception {
        List<AuditEvent> events = trail(5);
        overwrite(events.get(2), "after", "assignee=mallory");
        overwrite(events.get(2), "hash", AuditChain.hashOf(events.get(2)));

        AuditChain.Verification verification = AuditChain.verify(events.iterator());

        assertThat(verification.firstBroken()).get().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(4);
            assertThat(link.reason()).contains("does not point at the hash");
        });
    }

    @Test
    void aDeletedEventIsFound() {
        List<AuditEvent> events = trail(5);
        events.remove(3);

        assertThat(AuditChain.verify(events.iterator()).firstBroken()).get()
                .satisfies(link -> assertThat(link.reason()).contains("events are missing"));
    }

    @Test
    void eventsRemovedFromTheEndAreFoundThroughTheChainHead() {
        List<AuditEvent> events = trail(5);
        ChainHead head = events.get(4).asHead();
        events.remove(4);

        AuditChain.Verification verification = AuditChain.verify(events.iterator(), head);

        assertThat(verification.firstBroken()).get().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(5);
            assertThat(link.reason()).contains("events at the end were removed");
        });
    }

    @Test
    void theHeadOfAnIntactTrailAgrees() {
        List<AuditEvent> events = trail(3);

        assertThat(AuditChain.verify(events.iterator(), events.get(2).asHead()).intact()).isTrue();
        assertThat(AuditChain.verify(List.<AuditEvent>of().iterator(), ChainHead.EMPTY).intact()).isTrue();
    }

    @Test
    void aRecordedEventHasNoPlaceInTheChainUntilSealedAndIsSealedOnlyOnce() {
        AuditEvent event = AuditEvent.recorded(Instant.parse("2026-11-23T09:00:00Z"),
                AuditRecord.of("analyst", AuditAction.CASE_CLAIMED, "case-1", "claimed"));
        assertThat(event.sealed()).isFalse();
        assertThat(event.sequence()).isNull();
        assertThat(event.hash()).isNull();

        ChainHead head = trail(2).get(1).asHead();
        event.sealAfter(head);

        assertThat(event.sequence()).isEqualTo(3);
        assertThat(event.previousHash()).isEqualTo(head.hash());
        assertThat(event.hash()).isEqualTo(AuditChain.hashOf(event));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> event.sealAfter(head))
                .withMessageContaining("already sealed");
    }
}
