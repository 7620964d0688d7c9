package org.cloudcost.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * A Parquet file rewritten by parquet-java, the Java reference writer (Spark, Hive and other JVM
 * tools write with it): the same columns, types and values, read back through DuckDB, in the
 * page shapes that writer makes rather than DuckDB's. Its v1 pages carry PLAIN_DICTIONARY values
 * and list BIT_PACKED for levels; a column's dictionary that outgrows its page size falls back to
 * PLAIN pages in the middle of the chunk (v1) or to DELTA encodings (v2); maps are
 * {@code repeated group key_value}.
 *
 * <pre>{@code
 * Path copy = ParquetJavaCopies.copy(duckDbWritten, dir.resolve("pj.parquet"), ParquetJavaCopies.Writer.V1_SNAPPY);
 * }</pre>
 */
final class ParquetJavaCopies {
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    /** How the writer is set: its format version, codec, dictionary and sizes (bytes). */
    enum Writer {
        /** The defaults of parquet-java 1.x: v1 pages, Snappy, dictionaries of up to 1 MB. */
        V1_SNAPPY(WriterVersion.PARQUET_1_0, CompressionCodecName.SNAPPY, true, 1 << 20, 1 << 20, 128L << 20),
        /** Small dictionaries, pages and row groups: dictionaries fall back to PLAIN, many pages and row groups. */
        V1_FALLBACK_SMALL_PAGES(WriterVersion.PARQUET_1_0, CompressionCodecName.SNAPPY, true, 64, 1024, 32L << 10),
        /** No dictionary: every value PLAIN, GZIP. */
        V1_PLAIN_GZIP(WriterVersion.PARQUET_1_0, CompressionCodecName.GZIP, false, 1 << 20, 4096, 128L << 20),
        /** v2 data pages with dictionaries large enough to hold every value. */
        V2_SNAPPY(WriterVersion.PARQUET_2_0, CompressionCodecName.SNAPPY, true, 1 << 20, 4096, 128L << 20),
        /** v2 with small dictionaries: they fall back to DELTA_BYTE_ARRAY and DELTA_BINARY_PACKED pages. */
        V2_FALLBACK_TO_DELTA(WriterVersion.PARQUET_2_0, CompressionCodecName.UNCOMPRESSED, true, 64, 1024, 128L << 20);

        final WriterVersion version;
        final CompressionCodecName codec;
        final boolean dictionary;
        final int dictionaryPageSize;
        final int pageSize;
        final long rowGroupSize;

        Writer(WriterVersion version, CompressionCodecName codec, boolean dictionary, int dictionaryPageSize, int pageSize,
                long rowGroupSize) {
            this.version = version;
            this.codec = codec;
            this.dictionary = dictionary;
            this.dictionaryPageSize = dictionaryPageSize;
            this.pageSize = pageSize;
            this.rowGroupSize = rowGroupSize;
        }
    }

    private ParquetJavaCopies() {
    }

    /** Rewrites {@code source} (any Parquet file DuckDB reads) as {@code target} with {@code writer}. */
    static Path copy(Path source, Path target, Writer writer) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + source + "')")) {
                while (rs.next()) {
                    names.add(rs.getString("column_name"));
                    types.add(rs.getString("column_type"));
                }
            }
            MessageType schema = schema(names, types);
            List<String> select = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String q = '"' + names.get(i) + '"';
                String type = types.get(i);
                if (type.startsWith("TIMESTAMP")) {
                    select.add("epoch_us(" + q + ")");
                } else if (type.equals("DATE")) {
                    select.add("CAST(" + q + " - DATE '1970-01-01' AS BIGINT)");
                } else if (type.startsWith("MAP")) {
                    select.add("map_keys(" + q + "), map_values(" + q + ")");
                } else {
                    select.add(q);
                }
            }
            Files.deleteIfExists(target);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", select) + " FROM read_parquet('" + source + "')");
                    ParquetWriter<Group> out = ExampleParquetWriter.builder(new LocalOutputFile(target))
                            .withConf(new PlainParquetConfiguration()).withType(schema)
                            .withWriterVersion(writer.version).withCompressionCodec(writer.codec)
                            .withDictionaryEncoding(writer.dictionary).withDictionaryPageSize(writer.dictionaryPageSize)
                            .withPageSize(writer.pageSize).withRowGroupSize(writer.rowGroupSize).build()) {
                SimpleGroupFactory rows = new SimpleGroupFactory(schema);
                while (rs.next()) {
                    out.write(row(rs, rows.newGroup(), types));
                }
            }
            return target;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parquet-java schema of DuckDB's column types, every column optional. */
    private static MessageType schema(List<String> names, List<String> types) {
        List<Type> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String type = types.get(i);
            Matcher decimal = DECIMAL.matcher(type);
            fields.add(switch (type) {
                case "VARCHAR" -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
                case "DOUBLE" -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
                case "BIGINT" -> Types.optional(PrimitiveTypeName.INT64).named(name);
                case "INTEGER" -> Types.optional(PrimitiveTypeName.INT32).named(name);
                case "DATE" -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
                case "TIMESTAMP WITH TIME ZONE" -> Types.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS)).named(name);
                case "TIMESTAMP" -> Types.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS)).named(name);
                case "MAP(VARCHAR, VARCHAR)" -> Types.optionalMap()
                        .key(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .optionalValue(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
                default -> {
                    if (!decimal.matches() || Integer.parseInt(decimal.group(1)) > 18) {
                        throw new IllegalArgumentException("column " + name + ": no parquet-java type for " + type);
                    }
                    yield Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(
                            Integer.parseInt(decimal.group(2)), Integer.parseInt(decimal.group(1)))).named(name);
                }
            });
        }
        return new MessageType("schema", fields);
    }

    /** The current result row as a parquet-java row; a SQL NULL is a field left unset. */
    private static Group row(ResultSet rs, Group row, List<String> types) throws SQLException {
        int at = 1;
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type.startsWith("MAP")) {
                Array keys = rs.getArray(at++);
                Array values = rs.getArray(at++);
                if (keys != null) {
                    Group map = row.addGroup(i);
                    Object[] k = (Object[]) keys.getArray();
                    Object[] v = (Object[]) values.getArray();
                    for (int e = 0; e < k.length; e++) {
                        Group entry = map.addGroup(0);
                        entry.add(0, Binary.fromString((String) k[e]));
                        if (v[e] != null) {
                            entry.add(1, Binary.fromString((String) v[e]));
                        }
                    }
                }
                continue;
            }
            Object value = rs.getObject(at++);
            if (value == null) {
                continue;
            }
            switch (type) {
                case "VARCHAR" -> row.add(i, Binary.fromString((String) value));
                case "DOUBLE" -> row.add(i, ((Number) value).doubleValue());
                case "INTEGER", "DATE" -> row.add(i, ((Number) value).intValue());
                default -> {
                    if (value instanceof BigDecimal d) {
                        Matcher decimal = DECIMAL.matcher(type);
                        decimal.matches();
                        row.add(i, d.setScale(Integer.parseInt(decimal.group(2))).unscaledValue().longValueExact());
                    } else {
                        row.add(i, ((Number) value).longValue()); // BIGINT, and timestamps as epoch microseconds
                    }
                }
            }
        }
        return row;
    }
}
