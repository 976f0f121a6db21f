package io.interdict.casework.domain.model.audit;

/**
 * The end of the audit chain: the sequence number and hash of the last event. The next event continues from it.
 *
 * @param sequence the last event's sequence number, 0 while the trail is empty
 * @param hash     the last event's hash, null while the trail is empty
 */
public record ChainHead(long sequence, String hash) {

    public static final ChainHead EMPTY = new ChainHead(0, null);
}
