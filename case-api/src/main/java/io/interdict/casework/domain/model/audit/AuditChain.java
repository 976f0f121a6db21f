package io.interdict.casework.domain.model.audit;

import io.interdict.screening.domain.model.Sha256;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * How the audit trail is chained and checked. An event's hash is SHA-256 over its sequence number, time, actor,
 * action, subject, detail, before and after states, and the previous event's hash - each field length-prefixed, so
 * no two different events can give the same input.
 */
public final class AuditChain {

    private AuditChain() {
    }

    static String hashOf(AuditEvent event) {
        return Sha256.hex(canonicalOf(event));
    }

    /**
     * What an event's hash is computed over: each field as {@code length:value;} ({@code -1;} when absent), in the
     * order sequence, time (ISO-8601), actor, action, subject type, subject id, detail, before, after, previous hash.
     * Exported with each event, so that an examiner can recompute the hash with any SHA-256 tool.
     */
    public static String canonicalOf(AuditEvent event) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, Long.toString(event.sequence()));
        field(canonical, event.occurredAt().toString());
        field(canonical, event.actor());
        field(canonical, event.action());
        field(canonical, event.subjectType());
        field(canonical, event.subjectId());
        field(canonical, event.detail());
        field(canonical, event.before());
        field(canonical, event.after());
        field(canonical, event.previousHash());
        return canonical.toString();
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-1;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    /**
     * Walks the trail in sequence order and reports the first event that does not hold: its content no longer
     * gives its hash (edited), it does not point at the event before it (an event deleted or inserted), or its
     * sequence number skips (deleted).
     */
    public static Verification verify(Iterator<AuditEvent> inSequence) {
        return verify(inSequence, null);
    }

    /**
     * As {@link #verify(Iterator)}, and the last event must be the one the chain head records: events deleted from
     * the end of the trail leave an intact chain behind, but not the head.
     */
    public static Verification verify(Iterator<AuditEvent> inSequence, ChainHead recordedHead) {
        AuditEvent previous = null;
        long checked = 0;
        while (inSequence.hasNext()) {
            AuditEvent event = inSequence.next();
            Optional<String> fault = faultOf(event, previous);
            if (fault.isPresent()) {
                return new Verification(checked, Optional.of(new BrokenLink(event.sequence(), fault.get())));
            }
            previous = event;
            checked++;
        }
        if (recordedHead != null) {
            ChainHead found = previous == null ? ChainHead.EMPTY : previous.asHead();
            if (!found.equals(recordedHead)) {
                return new Verification(checked, Optional.of(new BrokenLink(found.sequence() + 1,
                        "the chain head records " + recordedHead.sequence() + " events but the trail ends at event "
                                + found.sequence() + ": events at the end were removed")));
            }
        }
        return new Verification(checked, Optional.empty());
    }

    private static Optional<String> faultOf(AuditEvent event, AuditEvent previous) {
        long expectedSequence = previous == null ? 1 : previous.sequence() + 1;
        if (event.sequence() != expectedSequence) {
            return Optional.of("expected event " + expectedSequence + " but found " + event.sequence()
                    + ": events are missing");
        }
        String expectedPrevious = previous == null ? null : previous.hash();
        if (!Objects.equals(event.previousHash(), expectedPrevious)) {
            return Optional.of("does not point at the hash of the event before it");
        }
        if (!hashOf(event).equals(event.hash())) {
            return Optional.of("its content does not give its stored hash: it was changed after it was written");
        }
        return Optional.empty();
    }

    /**
     * The result of checking the trail.
     *
     * @param eventsVerified     how many sealed events were found intact before the first broken link (all when intact)
     * @param firstBroken        the first broken link, when there is one
     * @param awaitingSeal       events recorded but not sealed yet: normal for a second or so after a change; a
     *                           backlog that stays or grows means the chainer is not running
     * @param oldestAwaitingSeal when the oldest of those was recorded
     */
    public record Verification(long eventsVerified, Optional<BrokenLink> firstBroken, long awaitingSeal,
                               Optional<Instant> oldestAwaitingSeal) {

        public Verification(long eventsVerified, Optional<BrokenLink> firstBroken) {
            this(eventsVerified, firstBroken, 0, Optional.empty());
        }

        public boolean intact() {
            return firstBroken.isEmpty();
        }

        /** This result, with the events still waiting for their seal. */
        public Verification awaiting(long count, Optional<Instant> oldest) {
            return new Verification(eventsVerified, firstBroken, count, oldest);
        }
    }

    /** Where the chain breaks and why. */
    public record BrokenLink(long sequence, String reason) {
    }
}
