package io.interdict.screening.domain.matching.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A growable list of ints: postings are built with it and frozen into arrays. */
final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Adds the value unless it is already the last one (postings are built in id order). */
    void addDistinct(int value) {
        if (size == 0 || values[size - 1] != value) {
            add(value);
        }
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** The lists built under each key, frozen into arrays. */
    static Map<String, int[]> frozen(Map<String, IntList> building) {
        Map<String, int[]> frozen = new HashMap<>();
        building.forEach((k, v) -> frozen.put(k, v.toArray()));
        return frozen;
    }
}
