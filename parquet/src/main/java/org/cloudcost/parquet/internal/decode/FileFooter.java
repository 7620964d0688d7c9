package org.cloudcost.parquet.internal.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A Parquet file's footer ({@code FileMetaData}): the flattened schema and, per row group, where
 * each column chunk lies and how it is encoded. Only the fields a reader needs are kept.
 *
 * <pre>{@code
 * FileFooter footer = FileFooter.read(channel);
 * footer.schema().get(0);                 // the root
 * footer.rowGroups().get(0).columns();    // one chunk per leaf column, in schema order
 * }</pre>
 *
 * <p>Structures: <a href="https://github.com/apache/parquet-format/blob/master/src/main/thrift/parquet.thrift">parquet.thrift</a>.
 */
public record FileFooter(List<SchemaElement> schema, List<RowGroup> rowGroups, long numRows) {
    private static final int MAGIC = 0x31524150; // "PAR1", little-endian
    /** A footer larger than this is not a billing export's (and would not fit an array anyway). */
    private static final int MAX_FOOTER = 256 << 20;

    /** Copies the lists. */
    public FileFooter {
        schema = List.copyOf(schema);
        rowGroups = List.copyOf(rowGroups);
    }

    /**
     * One node of the schema, depth first.
     *
     * @param type the physical type (0 BOOLEAN … 7 FIXED_LEN_BYTE_ARRAY), -1 for a group
     * @param repetition 0 required, 1 optional, 2 repeated
     * @param convertedType the legacy annotation, -1 when none (0 UTF8, 1 MAP, 5 DECIMAL, 6 DATE, 9/10 TIMESTAMP_MILLIS/MICROS …)
     * @param logical the logical type, or null
     */
    public record SchemaElement(String name, int type, int repetition, int numChildren, int convertedType, int scale,
            LogicalType logical) {
    }

    /**
     * The logical type annotation.
     *
     * @param kind the union's field id: 1 STRING, 2 MAP, 3 LIST, 4 ENUM, 5 DECIMAL, 6 DATE, 7 TIME, 8 TIMESTAMP, 10 INTEGER, 12 JSON …
     * @param scale DECIMAL's scale
     * @param adjustedToUtc TIMESTAMP's instant-or-local flag
     * @param unitPerSecond TIMESTAMP's unit: 1_000 millis, 1_000_000 micros, 1_000_000_000 nanos
     * @param signed INTEGER's signedness
     */
    public record LogicalType(int kind, int scale, boolean adjustedToUtc, long unitPerSecond, boolean signed) {
    }

    /**
     * One column chunk of a row group.
     *
     * @param type the physical type
     * @param encodings every encoding its pages use
     * @param codec 0 uncompressed, 1 Snappy, 2 GZIP, 6 ZSTD …
     * @param numValues level entries in the chunk (nulls included)
     * @param start the file offset of its first page (the dictionary's when it has one)
     * @param length its compressed bytes
     */
    public record ColumnChunk(List<String> path, int type, List<Integer> encodings, int codec, long numValues, long start,
            long length, String filePath) {
    }

    /** One row group: a chunk per leaf column, in schema order. */
    public record RowGroup(List<ColumnChunk> columns, long numRows) {
    }

    /** Reads the footer of an open file. */
    public static FileFooter read(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 12) {
            throw new ParquetFormatException("shorter than a Parquet file can be (" + size + " bytes)");
        }
        ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, tail, size - 8);
        int length = tail.getInt(0);
        if (tail.getInt(4) != MAGIC) {
            throw new ParquetFormatException("no Parquet magic (PAR1) at the end");
        }
        if (length <= 0 || length > size - 12 || length > MAX_FOOTER) {
            throw new ParquetFormatException("a footer length of " + Integer.toUnsignedString(length) + " bytes in a file of " + size);
        }
        ByteBuffer footer = ByteBuffer.allocate(length);
        readFully(channel, footer, size - 8 - length);
        return parse(footer.array(), 0, length);
    }

    static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw new ParquetFormatException("the file ends at byte " + at + ", inside a structure");
            }
            at += n;
        }
    }

    /** Parses a serialised {@code FileMetaData}. */
    static FileFooter parse(byte[] bytes, int offset, int length) {
        CompactThrift in = new CompactThrift(bytes, offset, length);
        List<SchemaElement> schema = new ArrayList<>();
        List<RowGroup> groups = new ArrayList<>();
        long rows = 0;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 2 -> {
                    int n = in.beginList(t);
                    for (int i = 0; i < n; i++) {
                        schema.add(schemaElement(in));
                    }
                }
                case 3 -> rows = in.readLong(t);
                case 4 -> {
                    int n = in.beginList(t);
                    for (int i = 0; i < n; i++) {
                        groups.add(rowGroup(in));
                    }
                }
                default -> in.skip(t);
            }
        }
        if (schema.isEmpty()) {
            throw new ParquetFormatException("the footer has no schema");
        }
        return new FileFooter(schema, groups, rows);
    }

    private static SchemaElement schemaElement(CompactThrift in) {
        String name = null;
        int type = -1;
        int repetition = 0;
        int children = 0;
        int converted = -1;
        int scale = 0;
        LogicalType logical = null;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 1 -> type = in.readInt(t);
                case 3 -> repetition = in.readInt(t);
                case 4 -> name = in.readString(t);
                case 5 -> children = in.readInt(t);
                case 6 -> converted = in.readInt(t);
                case 7 -> scale = in.readInt(t);
                case 10 -> logical = logicalType(in, t);
                default -> in.skip(t);
            }
        }
        if (name == null || children < 0) {
            throw new ParquetFormatException("a schema element without a name");
        }
        return new SchemaElement(name, type, repetition, children, converted, scale, logical);
    }

    private static LogicalType logicalType(CompactThrift in, int type) {
        if (type != CompactThrift.STRUCT) {
            throw new ParquetFormatException("a logical type that is not a struct");
        }
        int kind = -1;
        int scale = 0;
        boolean utc = false;
        long unit = 0;
        boolean signed = true;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            kind = in.fieldId();
            if (t != CompactThrift.STRUCT) {
                in.skip(t);
                continue;
            }
            in.beginStruct();
            for (int u = in.nextField(); u != CompactThrift.STOP; u = in.nextField()) {
                int id = in.fieldId();
                if (kind == 5 && id == 1) {
                    scale = in.readInt(u);
                } else if (kind == 8 && id == 1) {
                    utc = in.readBool(u);
                } else if (kind == 8 && id == 2 && u == CompactThrift.STRUCT) {
                    in.beginStruct();
                    for (int w = in.nextField(); w != CompactThrift.STOP; w = in.nextField()) {
                        unit = switch (in.fieldId()) {
                            case 1 -> 1_000L;
                            case 2 -> 1_000_000L;
                            case 3 -> 1_000_000_000L;
                            default -> 0;
                        };
                        in.skip(w);
                    }
                } else if (kind == 10 && id == 2) {
                    signed = in.readBool(u);
                } else {
                    in.skip(u);
                }
            }
        }
        return new LogicalType(kind, scale, utc, unit, signed);
    }

    private static RowGroup rowGroup(CompactThrift in) {
        List<ColumnChunk> columns = new ArrayList<>();
        long rows = -1;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 1 -> {
                    int n = in.beginList(t);
                    for (int i = 0; i < n; i++) {
                        columns.add(columnChunk(in));
                    }
                }
                case 3 -> rows = in.readLong(t);
                default -> in.skip(t);
            }
        }
        if (rows < 0) {
            throw new ParquetFormatException("a row group without a row count");
        }
        return new RowGroup(columns, rows);
    }

    private static ColumnChunk columnChunk(CompactThrift in) {
        String filePath = null;
        ColumnChunk meta = null;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 1 -> filePath = in.readString(t);
                case 3 -> meta = columnMetaData(in);
                default -> in.skip(t);
            }
        }
        if (meta == null) {
            throw new ParquetFormatException("a column chunk without its metadata");
        }
        return filePath == null ? meta
                : new ColumnChunk(meta.path(), meta.type(), meta.encodings(), meta.codec(), meta.numValues(), meta.start(), meta.length(), filePath);
    }

    private static ColumnChunk columnMetaData(CompactThrift in) {
        int type = -1;
        List<Integer> encodings = new ArrayList<>();
        List<String> path = new ArrayList<>();
        int codec = 0;
        long values = 0;
        long compressed = -1;
        long dataPage = -1;
        long dictionaryPage = -1;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 1 -> type = in.readInt(t);
                case 2 -> {
                    int n = in.beginList(t);
                    for (int i = 0; i < n; i++) {
                        encodings.add(in.readInt(in.listElementType()));
                    }
                }
                case 3 -> {
                    int n = in.beginList(t);
                    for (int i = 0; i < n; i++) {
                        path.add(in.readString(in.listElementType()));
                    }
                }
                case 4 -> codec = in.readInt(t);
                case 5 -> values = in.readLong(t);
                case 7 -> compressed = in.readLong(t);
                case 9 -> dataPage = in.readLong(t);
                case 11 -> dictionaryPage = in.readLong(t);
                default -> in.skip(t);
            }
        }
        if (dataPage < 0 || compressed < 0) {
            throw new ParquetFormatException("column " + String.join(".", path) + " has no data page offset or size");
        }
        // some writers leave the dictionary offset at 0; a dictionary page always comes first
        long start = dictionaryPage > 0 && dictionaryPage < dataPage ? dictionaryPage : dataPage;
        return new ColumnChunk(path, type, encodings, codec, values, start, compressed, null);
    }
}
