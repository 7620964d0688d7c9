package org.cloudcost.parquet.internal;

import java.util.ArrayList;
import java.util.List;

import org.cloudcost.parquet.internal.decode.ColumnChunkDecoder;
import org.cloudcost.parquet.internal.decode.FileFooter.LogicalType;
import org.cloudcost.parquet.internal.decode.FileFooter.SchemaElement;

/**
 * A top-level column of a Parquet file as {@link NativeParquetTable} reads it: its kind (as
 * DuckDB's {@code DESCRIBE} would give it, see {@link ColumnKind}), and its leaf columns with
 * their levels. A flat column has one leaf; a map of text to text has two (keys, values). A
 * column of another shape or type has {@link #unsupported()} set: a scan that reads it goes to
 * DuckDB.
 *
 * <pre>{@code
 * List<FileColumn> columns = FileColumn.of(footer.schema());
 * columns.get(0).kind();   // TEXT, JSON (a map), EXACT, FLOATING, LOCAL or INSTANT
 * }</pre>
 *
 * @param firstLeaf the index of its first leaf among all the file's leaves (a row group's chunks)
 * @param leaves how many leaves it has
 * @param type the flat column's physical type (a map's: BYTE_ARRAY)
 * @param definition the flat column's maximum definition level (0 or 1)
 * @param mapDefinition a map's definition level where it is present but empty
 * @param keyDefinition a map key's maximum definition level
 * @param valueDefinition a map value's maximum definition level
 * @param unitPerSecond a timestamp's stored units per second (1_000, 1_000_000 or 1_000_000_000); else 0
 * @param date an INT32 DATE column (days)
 * @param unsupported why this reader cannot read it, or null
 */
record FileColumn(String name, ColumnKind kind, int scale, int firstLeaf, int leaves, int type, int definition, int mapDefinition,
        int keyDefinition, int valueDefinition, long unitPerSecond, boolean date, String unsupported) {
    private static final int OPTIONAL = 1;
    private static final int REPEATED = 2;

    /** A map of text to text. */
    boolean isMap() {
        return leaves == 2;
    }

    /** The top-level columns of a flattened schema (element 0 is the root). */
    static List<FileColumn> of(List<SchemaElement> schema) {
        List<FileColumn> out = new ArrayList<>();
        int[] at = {1};
        int leaf = 0;
        SchemaElement root = schema.get(0);
        for (int c = 0; c < root.numChildren(); c++) {
            if (at[0] >= schema.size()) {
                throw new org.cloudcost.parquet.internal.decode.ParquetFormatException("the schema has fewer elements than its root says");
            }
            int start = at[0];
            int leaves = skipSubtree(schema, at);
            out.add(column(schema, start, leaf, leaves));
            leaf += leaves;
        }
        return out;
    }

    /** Moves past the subtree at {@code at[0]}, returning its leaves. */
    private static int skipSubtree(List<SchemaElement> schema, int[] at) {
        if (at[0] >= schema.size()) {
            throw new org.cloudcost.parquet.internal.decode.ParquetFormatException("the schema has fewer elements than its groups say");
        }
        SchemaElement e = schema.get(at[0]++);
        if (e.numChildren() == 0) {
            return 1;
        }
        int leaves = 0;
        for (int i = 0; i < e.numChildren(); i++) {
            leaves += skipSubtree(schema, at);
        }
        return leaves;
    }

    private static FileColumn column(List<SchemaElement> schema, int at, int leaf, int leaves) {
        SchemaElement e = schema.get(at);
        if (e.numChildren() > 0) {
            return map(schema, at, leaf, leaves);
        }
        if (e.repetition() == REPEATED) {
            return unsupported(e.name(), leaf, leaves, "a repeated field");
        }
        int definition = e.repetition() == OPTIONAL ? 1 : 0;
        LogicalType l = e.logical();
        int converted = e.convertedType();
        switch (e.type()) {
            case ColumnChunkDecoder.BYTE_ARRAY -> {
                boolean text = l != null ? l.kind() == 1 || l.kind() == 4 || l.kind() == 12 : converted == 0 || converted == 4 || converted == 19;
                return text ? flat(e, ColumnKind.TEXT, 0, leaf, definition, 0, false)
                        : unsupported(e.name(), leaf, leaves, "binary without a text annotation");
            }
            case ColumnChunkDecoder.DOUBLE, ColumnChunkDecoder.FLOAT -> {
                return flat(e, ColumnKind.FLOATING, 0, leaf, definition, 0, false);
            }
            case ColumnChunkDecoder.INT32, ColumnChunkDecoder.INT64 -> {
                return integer(e, leaf, definition);
            }
            default -> {
                return unsupported(e.name(), leaf, leaves, "physical type " + e.type());
            }
        }
    }

    private static FileColumn integer(SchemaElement e, int leaf, int definition) {
        LogicalType l = e.logical();
        int converted = e.convertedType();
        if (l != null && l.kind() == 5 || l == null && converted == 5) {
            return flat(e, ColumnKind.EXACT, l != null ? l.scale() : e.scale(), leaf, definition, 0, false);
        }
        if (l != null && l.kind() == 6 || l == null && converted == 6) {
            return e.type() == ColumnChunkDecoder.INT32 ? flat(e, ColumnKind.LOCAL, 0, leaf, definition, 0, true)
                    : unsupported(e.name(), leaf, 1, "a DATE that is not INT32");
        }
        if (l != null && l.kind() == 8 && e.type() == ColumnChunkDecoder.INT64 && l.unitPerSecond() > 0) {
            return flat(e, l.adjustedToUtc() ? ColumnKind.INSTANT : ColumnKind.LOCAL, 0, leaf, definition, l.unitPerSecond(), false);
        }
        boolean signedInteger = l == null ? converted < 0 || converted >= 15 && converted <= 18 : l.kind() == 10 && l.signed();
        return signedInteger ? flat(e, ColumnKind.EXACT, 0, leaf, definition, 0, false)
                : unsupported(e.name(), leaf, 1, "an integer annotated " + (l != null ? "logical type " + l.kind() : "converted type " + converted));
    }

    /** A map of text to text: an optional or required group, one repeated group, a text key and a text value. */
    private static FileColumn map(List<SchemaElement> schema, int at, int leaf, int leaves) {
        SchemaElement m = schema.get(at);
        boolean annotated = m.convertedType() == 1 || m.convertedType() == 2 || m.logical() != null && m.logical().kind() == 2;
        if (!annotated || m.numChildren() != 1 || m.repetition() == REPEATED || leaves != 2) {
            return unsupported(m.name(), leaf, leaves, "a nested column other than a map of text");
        }
        SchemaElement entry = schema.get(at + 1);
        SchemaElement key = schema.get(at + 2);
        SchemaElement value = at + 3 < schema.size() ? schema.get(at + 3) : null;
        if (entry.repetition() != REPEATED || entry.numChildren() != 2 || value == null || key.numChildren() != 0
                || value.numChildren() != 0 || !text(key) || !text(value) || key.repetition() == REPEATED || value.repetition() == REPEATED) {
            return unsupported(m.name(), leaf, leaves, "a map whose keys or values are not text");
        }
        int mapDefinition = m.repetition() == OPTIONAL ? 1 : 0;
        int entryDefinition = mapDefinition + 1;
        int keyDefinition = entryDefinition + (key.repetition() == OPTIONAL ? 1 : 0);
        int valueDefinition = entryDefinition + (value.repetition() == OPTIONAL ? 1 : 0);
        return new FileColumn(m.name(), ColumnKind.JSON, 0, leaf, 2, ColumnChunkDecoder.BYTE_ARRAY, 0, mapDefinition, keyDefinition,
                valueDefinition, 0, false, null);
    }

    private static boolean text(SchemaElement e) {
        LogicalType l = e.logical();
        return e.type() == ColumnChunkDecoder.BYTE_ARRAY && (l != null ? l.kind() == 1 : e.convertedType() == 0);
    }

    private static FileColumn flat(SchemaElement e, ColumnKind kind, int scale, int leaf, int definition, long unitPerSecond, boolean date) {
        return new FileColumn(e.name(), kind, scale, leaf, 1, e.type(), definition, 0, 0, 0, unitPerSecond, date, null);
    }

    private static FileColumn unsupported(String name, int leaf, int leaves, String why) {
        return new FileColumn(name, ColumnKind.TEXT, 0, leaf, leaves, -1, 0, 0, 0, 0, 0, false, name + " is " + why);
    }
}
