package org.cloudcost.aws.s3;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.InputException;

/**
 * Reads one CSV data file of an S3 Inventory report (plain or gzip, told by its magic bytes) into
 * {@link StorageGroups}, streaming, line by line. The file has no header: its columns are the
 * manifest's {@code fileSchema}. Fields are quoted ({@code "bucket","logs%2Fa+b.txt","12",…});
 * keys are URL-encoded and decoded here. Delete markers ({@code IsDeleteMarker} true) hold no
 * bytes and are counted, not grouped. A malformed line is an {@link InputException} naming the
 * file, line and column.
 *
 * <pre>{@code
 * InventoryDataFile.Counts c = new InventoryDataFile(manifest, groups).read("s3://inv/data/x.csv.gz", in);
 * c.objects();   // objects grouped
 * }</pre>
 */
final class InventoryDataFile {
    /** What one file held. */
    record Counts(long objects, long deleteMarkers) {
    }

    private final StorageGroups groups;
    private final List<String> columns;
    private final int key;
    private final int size;
    private final int storageClass;
    private final int lastModified;
    private final int deleteMarker;

    /**
     * @throws CloudcostException when the manifest's schema lacks Key, Size, StorageClass or LastModifiedDate
     */
    InventoryDataFile(InventoryManifest manifest, String manifestWhere, StorageGroups groups) {
        this.groups = groups;
        this.columns = manifest.columns();
        this.key = required(manifest, manifestWhere, "Key");
        this.size = required(manifest, manifestWhere, "Size");
        this.storageClass = required(manifest, manifestWhere, "StorageClass");
        this.lastModified = required(manifest, manifestWhere, "LastModifiedDate");
        this.deleteMarker = manifest.column("IsDeleteMarker");
    }

    private static int required(InventoryManifest m, String where, String column) {
        int i = m.column(column);
        if (i < 0) {
            throw new InputException(where, 0, 0, null, "fileSchema \"" + String.join(", ", m.columns())
                    + "\" has no " + column + "; enable the Size, Last modified date and Storage class fields of the"
                    + " S3 Inventory configuration");
        }
        return i;
    }

    /**
     * Reads the stream (closing it) into the groups.
     *
     * @param where the file's {@code s3://} address, for messages
     */
    Counts read(String where, InputStream raw) {
        long objects = 0;
        long markers = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(decompressed(raw), StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = fields(where, number, line);
                if (fields.size() != columns.size()) {
                    throw new InputException(where, number, 0, null, "expected " + columns.size()
                            + " fields (the manifest's fileSchema), found " + fields.size());
                }
                if (deleteMarker >= 0 && fields.get(deleteMarker).equalsIgnoreCase("true")) {
                    markers++;
                    continue;
                }
                groups.add(decodedKey(where, number, fields), size(where, number, fields),
                        storageClass(where, number, fields), lastModified(where, number, fields));
                objects++;
            }
        } catch (IOException e) {
            throw new CloudcostException("Cannot read the S3 Inventory data file " + where + ": " + e.getMessage(), e);
        }
        return new Counts(objects, markers);
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        int b0 = in.read();
        int b1 = in.read();
        if (b1 >= 0) {
            in.unread(b1);
        }
        if (b0 >= 0) {
            in.unread(b0);
        }
        return b0 == 0x1F && b1 == 0x8B ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    private String decodedKey(String where, long line, List<String> f) {
        try {
            return URLDecoder.decode(f.get(key), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw error(where, line, key, "expected a URL-encoded key, found \"" + shown(f.get(key)) + "\"");
        }
    }

    private long size(String where, long line, List<String> f) {
        String v = f.get(size).strip();
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(where, line, size, "expected a size in bytes, found \"" + shown(v) + "\"");
    }

    private String storageClass(String where, long line, List<String> f) {
        String v = f.get(storageClass).strip();
        if (v.isEmpty()) {
            throw error(where, line, storageClass, "expected a storage class, found an empty value");
        }
        return v;
    }

    private Instant lastModified(String where, long line, List<String> f) {
        String v = f.get(lastModified).strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw error(where, line, lastModified, "expected an ISO 8601 time like 2026-10-31T01:00:00.000Z, found \""
                    + shown(v) + "\"");
        }
    }

    private InputException error(String where, long line, int column, String problem) {
        return new InputException(where, line, column + 1, columns.get(column), problem);
    }

    /** The fields of one line: quoted ({@code "a","b"}, {@code ""} for a quote) or bare. */
    static List<String> fields(String where, long line, String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                int start = i;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new InputException(where, line, out.size() + 1, null, "a quote opened at character "
                                + (start + 1) + " is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && text.charAt(i) != ',') {
                    throw new InputException(where, line, out.size() + 1, null, "text after a closing quote");
                }
            } else {
                while (i < n && text.charAt(i) != ',') {
                    field.append(text.charAt(i++));
                }
            }
            out.add(field.toString());
            if (i >= n) {
                return out;
            }
            i++; // the comma
        }
    }

    private static String shown(String v) {
        String flat = v.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
    }
}
