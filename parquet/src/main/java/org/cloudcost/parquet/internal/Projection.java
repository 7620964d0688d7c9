package org.cloudcost.parquet.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.cloudcost.core.format.ColumnarBillingReader;

/**
 * One column a scan reads, and how: as itself, summed over groups (additive), or as a day.
 *
 * @param source the column's index in the file
 * @param name the column's name
 * @param kind how its type reaches the mapper
 * @param role plain, additive or day
 * @param dayOffset for a day column, the offset its days are counted in; else null
 * @param scale for an exact column handed as a decimal, its scale (for the sum's type)
 */
record Projection(int source, String name, ColumnKind kind, Role role, ZoneOffset dayOffset, int scale) {

    /** What a scan does with the column. */
    enum Role {
        /** Read as it is (grouped by its value in a grouped scan). */
        PLAIN,
        /** Summed over each group; groups keep its absence and sign apart. */
        ADDITIVE,
        /** A timestamp read only as the day in {@link #dayOffset()}; grouped by that day. */
        DAY
    }

    /**
     * The projected columns of {@code scan} and their roles: sums and days only where the type
     * allows them.
     *
     * @param kinds per column of the file, its kind
     * @param scales per column, the scale of an exact decimal (else 0)
     */
    static List<Projection> of(ColumnarBillingReader.Scan scan, List<String> names, List<ColumnKind> kinds, int[] scales) {
        BitSet columns = scan.columns();
        int[] additive = scan.additive();
        List<Projection> out = new ArrayList<>();
        for (int c = columns.nextSetBit(0); c >= 0 && c < names.size(); c = columns.nextSetBit(c + 1)) {
            ColumnKind kind = kinds.get(c);
            final int column = c;
            Role role = Role.PLAIN;
            if (kind.numeric() && Arrays.stream(additive).anyMatch(a -> a == column)) {
                role = Role.ADDITIVE;
            } else if (kind.temporal() && scan.dayColumns().containsKey(c)) {
                role = Role.DAY;
            }
            out.add(new Projection(c, names.get(c), kind, role, role == Role.DAY ? scan.dayColumns().get(c) : null, scales[c]));
        }
        return out;
    }

    /** The column quoted as an SQL identifier. */
    String identifier() {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
