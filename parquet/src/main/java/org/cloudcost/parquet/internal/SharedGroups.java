package org.cloudcost.parquet.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.cloudcost.parquet.internal.decode.ByteDictionary;

/**
 * The groups of a whole file, which the reading threads add their row groups' groups to. Each
 * thread's text and map codes are its own, so a group's key is translated into the shared codes
 * first (each code once per thread, looked up after that); the groups are then split by hash
 * into {@value #PARTITIONS} tables, each locked on its own, so that two threads rarely wait for
 * each other.
 *
 * <pre>{@code
 * SharedGroups all = new SharedGroups(plan);
 * all.add(worker, rowGroupGroups);   // from any thread
 * all.partition(0);                   // when every thread is done
 * }</pre>
 */
final class SharedGroups {
    /** Tables the groups are split into by hash. */
    static final int PARTITIONS = 8;
    private static final int PARTITION_SHIFT = 32 - Integer.numberOfTrailingZeros(PARTITIONS);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final KeyPlan plan;
    private final GroupTable[] partitions = new GroupTable[PARTITIONS];
    private final ByteDictionary[] texts;
    private final ByteDictionary[] mapValues;
    private final ByteDictionary[] maps;

    SharedGroups(KeyPlan plan) {
        this.plan = plan;
        int n = plan.projections.size();
        Arrays.setAll(partitions, p -> new GroupTable(plan.width, plan.exactSlot, plan.floatingSlot, plan.sumSlots));
        this.texts = new ByteDictionary[n];
        this.mapValues = new ByteDictionary[n];
        this.maps = new ByteDictionary[n];
        for (int i = 0; i < n; i++) {
            texts[i] = new ByteDictionary();
            mapValues[i] = new ByteDictionary();
            maps[i] = new ByteDictionary();
        }
    }

    /** The groups of partition {@code p}: read them only when every thread is done. */
    GroupTable partition(int p) {
        return partitions[p];
    }

    /** How many source rows the groups hold in all. */
    long rows() {
        long n = 0;
        for (GroupTable t : partitions) {
            for (int g = 0; g < t.size(); g++) {
                n += t.rows(g);
            }
        }
        return n;
    }

    /** The text values of projection {@code i} (a map's keys). */
    ByteDictionary texts(int i) {
        return texts[i];
    }

    /** A map projection's values. */
    ByteDictionary mapValues(int i) {
        return mapValues[i];
    }

    /** A map projection's maps: (key code, value code + 1) int pairs in the shared codes. */
    ByteDictionary maps(int i) {
        return maps[i];
    }

    /** Adds the groups of {@code groups}, keyed in {@code worker}'s codes; {@code scratch} is the worker's. */
    void add(GroupingWorker worker, GroupTable groups, Scratch scratch) {
        Translation t = worker.translation();
        int n = groups.size();
        int width = plan.width;
        long[] keys = scratch.keys(n * width);
        int[] hashes = scratch.hashes(n);
        int[] count = new int[PARTITIONS + 1];
        long[] key = new long[width];
        for (int g = 0; g < n; g++) {
            for (int k = 0; k < width; k++) {
                key[k] = groups.key(g, k);
            }
            translate(worker, t, key);
            System.arraycopy(key, 0, keys, g * width, width);
            hashes[g] = GroupTable.hashOf(key);
            count[(hashes[g] >>> PARTITION_SHIFT) + 1]++;
        }
        for (int p = 0; p < PARTITIONS; p++) {
            count[p + 1] += count[p];
        }
        int[] order = scratch.order(n);
        int[] next = Arrays.copyOf(count, PARTITIONS);
        for (int g = 0; g < n; g++) {
            order[next[hashes[g] >>> PARTITION_SHIFT]++] = g;
        }
        for (int p = 0; p < PARTITIONS; p++) {
            GroupTable into = partitions[p];
            synchronized (into) {
                for (int at = count[p]; at < count[p + 1]; at++) {
                    int g = order[at];
                    into.merge(groups, g, keys, g * width, hashes[g]);
                }
            }
        }
    }

    private void translate(GroupingWorker worker, Translation t, long[] key) {
        for (int i = 0; i < plan.projections.size(); i++) {
            Projection p = plan.projections.get(i);
            if (p.role() != Projection.Role.PLAIN || plan.half[i] < 0) {
                continue;
            }
            int code = plan.halfOf(key, i) - 1;
            if (code < 0) {
                continue;
            }
            if (p.kind() == ColumnKind.TEXT) {
                plan.setHalf(key, i, t.text(i, code, worker.dictionary(i, 0), texts[i]) + 1);
            } else if (p.kind() == ColumnKind.JSON) {
                plan.setHalf(key, i, map(worker, t, i, code) + 1);
            }
        }
    }

    private int map(GroupingWorker worker, Translation t, int i, int code) {
        int known = t.map(i, code);
        if (known >= 0) {
            return known;
        }
        byte[] pairs = worker.maps(i).bytes(code);
        for (int at = 0; at < pairs.length; at += 8) {
            int value = (int) INTS.get(pairs, at + 4);
            INTS.set(pairs, at, t.text(i, (int) INTS.get(pairs, at), worker.dictionary(i, 0), texts[i]));
            INTS.set(pairs, at + 4, value == 0 ? 0 : t.value(i, value - 1, worker.dictionary(i, 1), mapValues[i]) + 1);
        }
        int shared;
        synchronized (maps[i]) {
            shared = maps[i].intern(pairs, 0, pairs.length);
        }
        t.putMap(i, code, shared);
        return shared;
    }

    /** A thread's buffers for {@link #add}, reused from row group to row group. */
    static final class Scratch {
        private long[] keys = new long[0];
        private int[] hashes = new int[0];
        private int[] order = new int[0];

        long[] keys(int n) {
            if (keys.length < n) {
                keys = new long[n + (n >>> 2)];
            }
            return keys;
        }

        int[] hashes(int n) {
            if (hashes.length < n) {
                hashes = new int[n + (n >>> 2)];
            }
            return hashes;
        }

        int[] order(int n) {
            if (order.length < n) {
                order = new int[n + (n >>> 2)];
            }
            return order;
        }
    }

    /** One thread's codes in the shared codes, per projection: text (a map's keys), a map's values, maps. */
    static final class Translation {
        private final int[][] texts;
        private final int[][] values;
        private final int[][] maps;

        Translation(int projections) {
            texts = new int[projections][0];
            values = new int[projections][0];
            maps = new int[projections][0];
        }

        int text(int i, int code, ByteDictionary from, ByteDictionary into) {
            texts[i] = lookup(texts[i], code, from, into);
            return texts[i][code];
        }

        int value(int i, int code, ByteDictionary from, ByteDictionary into) {
            values[i] = lookup(values[i], code, from, into);
            return values[i][code];
        }

        int map(int i, int code) {
            return code < maps[i].length ? maps[i][code] : -1;
        }

        void putMap(int i, int code, int shared) {
            if (code >= maps[i].length) {
                int old = maps[i].length;
                maps[i] = Arrays.copyOf(maps[i], Math.max(code + 1, old * 2));
                Arrays.fill(maps[i], old, maps[i].length, -1);
            }
            maps[i][code] = shared;
        }

        private static int[] lookup(int[] known, int code, ByteDictionary from, ByteDictionary into) {
            int[] k = known;
            if (code >= k.length) {
                int old = k.length;
                k = Arrays.copyOf(k, Math.max(code + 1, Math.max(16, old * 2)));
                Arrays.fill(k, old, k.length, -1);
            }
            if (k[code] < 0) {
                byte[] b = from.bytes(code);
                synchronized (into) {
                    k[code] = into.intern(b, 0, b.length);
                }
            }
            return k;
        }
    }
}
