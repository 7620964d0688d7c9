package org.cloudcost.core.internal.canonical;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The time buckets of one usage series ({@link UsageKey}), each with its running fold
 * ({@link UsageBucket}), kept in arrival order. Samples usually arrive in time order within a
 * series, so a sample most often folds into the last bucket or opens a new one after it; only a
 * sample that goes back in time needs an index of the buckets, built then.
 *
 * <pre>{@code
 * UsageSeries s = new UsageSeries();
 * s.add(1790859600L, 3600, 12.5, 300);
 * s.add(1790859600L, 3600, 14.0, 300);    // the same hour: one bucket, two samples
 * s.size();                                // 1
 * }</pre>
 */
final class UsageSeries {
    private long[] starts = new long[16];
    private int[] lengths = new int[16];
    private UsageBucket[] buckets = new UsageBucket[16];
    private int size;
    /** True while every bucket opened after all the earlier ones: arrival order is time order. */
    private boolean inTimeOrder = true;
    /** Bucket → index, once a sample went back in time; null before. */
    private Map<Bucket, Integer> index;

    /** Folds in one sample covering {@code periodSeconds}, in the bucket that starts at {@code start} and lasts {@code length}. */
    void add(long start, int length, double value, int periodSeconds) {
        bucket(start, length).add(value, periodSeconds);
    }

    private UsageBucket bucket(long start, int length) {
        if (size > 0) {
            int last = size - 1;
            int c = compare(start, length, starts[last], lengths[last]);
            if (c == 0) {
                return buckets[last];
            }
            if (c < 0 || index != null) {
                Integer at = index().get(new Bucket(start, length));
                if (at != null) {
                    return buckets[at];
                }
                if (c < 0) {
                    inTimeOrder = false;
                }
            }
        }
        return open(start, length);
    }

    private UsageBucket open(long start, int length) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            buckets = Arrays.copyOf(buckets, size * 2);
        }
        UsageBucket b = new UsageBucket();
        starts[size] = start;
        lengths[size] = length;
        buckets[size] = b;
        if (index != null) {
            index.put(new Bucket(start, length), size);
        }
        size++;
        return b;
    }

    private Map<Bucket, Integer> index() {
        if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                index.put(new Bucket(starts[i], lengths[i]), i);
            }
        }
        return index;
    }

    /** Number of buckets. */
    int size() {
        return size;
    }

    /** The bucket positions in time order: start, then length. */
    int[] timeOrder() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        if (!inTimeOrder) {
            Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> compare(starts[a], lengths[a], starts[b], lengths[b]));
            for (int i = 0; i < size; i++) {
                order[i] = boxed[i];
            }
        }
        return order;
    }

    /** The start of bucket {@code i}, epoch seconds. */
    long start(int i) {
        return starts[i];
    }

    /** The length of bucket {@code i}, seconds. */
    int length(int i) {
        return lengths[i];
    }

    /** The fold of bucket {@code i}. */
    UsageBucket bucket(int i) {
        return buckets[i];
    }

    private static int compare(long startA, int lengthA, long startB, int lengthB) {
        int c = Long.compare(startA, startB);
        return c != 0 ? c : Integer.compare(lengthA, lengthB);
    }

    /** A bucket's identity within its series. */
    private record Bucket(long start, int length) {
    }
}
