package io.interdict.casework.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Reads the ids of a job's items still PENDING, in position order, a page at a time. Because it reads the items'
 * state rather than a cursor over all of them, a job execution that takes over an interrupted run picks up exactly
 * the items no committed chunk did. The checkpoint (the last position read) spares re-reading within one execution
 * and on a JBeret restart.
 */
public abstract class PendingInPositionOrder extends AbstractItemReader {

    private static final int PAGE = 200;

    /** A pending item and its place in the run. */
    public record Pending(UUID id, int position) {
    }

    private final Deque<Pending> page = new ArrayDeque<>();
    private int lastPosition = -1;
    private boolean exhausted;

    /** Up to {@code limit} of the pending items after {@code position}, in position order. */
    protected abstract List<Pending> pendingAfter(int position, int limit);

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Integer position) {
            lastPosition = position;
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(pendingAfter(lastPosition, PAGE));
            exhausted = page.size() < PAGE;
        }
        Pending next = page.poll();
        if (next == null) {
            return null;
        }
        lastPosition = next.position();
        return next.id();
    }

    @Override
    public Serializable checkpointInfo() {
        return lastPosition;
    }
}
