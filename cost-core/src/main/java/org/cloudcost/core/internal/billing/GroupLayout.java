package org.cloudcost.core.internal.billing;

import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;

/**
 * Which columns of a file make a record's signature ({@link LineGroups}), from what its bound
 * mapper declares: the additive columns (the billed cost first), the day columns with their
 * offsets, and every other column the mapper looked up, whose bytes are kept as they are.
 */
record GroupLayout(int[] additive, int[] days, ZoneOffset[] zones, int[] text, int columns) {

    /**
     * The layout for {@code mapper}, bound to {@code header}; empty when the mapper declares no
     * additive columns, or not its billed-cost column among them: it is then called per record.
     */
    static Optional<GroupLayout> of(BillingRowMapper mapper, CsvHeader header) {
        int billed = mapper.billedCostColumn();
        int[] declared = mapper.additiveColumns();
        if (declared.length == 0 || java.util.Arrays.stream(declared).noneMatch(c -> c == billed)) {
            return Optional.empty();
        }
        int[] additive = new int[declared.length];
        additive[0] = billed;
        int n = 1;
        for (int c : declared) {
            if (c != billed) {
                additive[n++] = c;
            }
        }
        additive = java.util.Arrays.copyOf(additive, n);
        Map<Integer, ZoneOffset> dayMap = new TreeMap<>(mapper.dayColumns());
        int[] days = dayMap.keySet().stream().mapToInt(Integer::intValue).toArray();
        ZoneOffset[] zones = dayMap.values().toArray(ZoneOffset[]::new);
        BitSet text = header.usedColumns();
        for (int c : additive) {
            text.clear(c);
        }
        for (int c : days) {
            text.clear(c);
        }
        return Optional.of(new GroupLayout(additive, days, zones, text.stream().toArray(), header.size()));
    }

    /**
     * Where each run of neighbouring text columns begins in {@link #text()}, then
     * {@code text().length}: a signature keeps a run's bytes as the file has them (quotes and
     * delimiters included), one copy per run rather than per column.
     */
    int[] runStarts() {
        int[] starts = new int[text.length + 1];
        int n = 0;
        for (int i = 0; i < text.length; i++) {
            if (i == 0 || text[i] != text[i - 1] + 1) {
                starts[n++] = i;
            }
        }
        starts[n++] = text.length;
        return java.util.Arrays.copyOf(starts, n);
    }
}
