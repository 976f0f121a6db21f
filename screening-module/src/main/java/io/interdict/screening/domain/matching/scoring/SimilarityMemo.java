package io.interdict.screening.domain.matching.scoring;

/**
 * Word similarities already computed for the current query, by (query unit, listed word id): the candidate names of
 * one query share many words ({@code kim}, {@code trading}, {@code al}), and Jaro-Winkler is the matcher's main cost.
 *
 * <p>A small open-addressing table (a few hundred pairs per query at most), so that a server with hundreds of request
 * threads keeps one 64 KB memo per thread, not one slot per listed word. One per thread; {@link #startQuery()} forgets
 * the previous query in O(1) by moving to a new stamp. When the table is full, further pairs are simply not
 * remembered.
 */
public final class SimilarityMemo {

    private static final int CAPACITY = 4096;          // power of two
    private static final int MAX_FILL = CAPACITY * 3 / 4;

    private final long[] keys = new long[CAPACITY];
    private final float[] values = new float[CAPACITY];
    private final int[] stamps = new int[CAPACITY];
    private int stamp = 1;
    private int size;

    /** Forgets everything remembered. */
    public void startQuery() {
        stamp++;
        size = 0;
        if (stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** The remembered similarity, or -1. */
    double get(int queryUnit, int tokenId) {
        long key = key(queryUnit, tokenId);
        int slot = slot(key);
        while (stamps[slot] == stamp) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
        return -1;
    }

    void put(int queryUnit, int tokenId, double similarity) {
        if (size >= MAX_FILL) {
            return;
        }
        long key = key(queryUnit, tokenId);
        int slot = slot(key);
        while (stamps[slot] == stamp) {
            if (keys[slot] == key) {
                values[slot] = (float) similarity;
                return;
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
        stamps[slot] = stamp;
        keys[slot] = key;
        values[slot] = (float) similarity;
        size++;
    }

    private static long key(int queryUnit, int tokenId) {
        return ((long) queryUnit << 32) | (tokenId & 0xffffffffL);
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 52) & (CAPACITY - 1);
    }
}
