package org.cloudcost.aws.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cloudcost.core.InputException;

/**
 * The {@code manifest.json} of one S3 Inventory report: the source bucket, where the data files
 * are, their format and their columns ({@code fileSchema}, e.g. {@code "Bucket, Key, Size,
 * LastModifiedDate, StorageClass"}: CSV data files have no header of their own).
 *
 * <pre>{@code
 * InventoryManifest m = InventoryManifest.parse("s3://inv/app-logs/daily/2026-10-31T01-00Z/manifest.json", bytes);
 * m.fileKeys();   // [app-logs/daily/data/4f1c….csv.gz]
 * }</pre>
 *
 * @param destinationBucket the bucket holding the data files (the name, from the manifest's ARN)
 */
record InventoryManifest(String sourceBucket, String destinationBucket, String fileFormat, List<String> columns,
                         List<String> fileKeys) {
    private static final ObjectMapper JSON = new ObjectMapper();

    InventoryManifest {
        columns = List.copyOf(columns);
        fileKeys = List.copyOf(fileKeys);
    }

    /**
     * Reads a manifest.
     *
     * @param where the manifest's {@code s3://} address, for messages
     * @throws InputException when it is not JSON or lacks a field
     */
    static InventoryManifest parse(String where, byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InputException(where, 0, 0, null, "not a JSON S3 Inventory manifest ("
                    + firstLine(e) + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputException(where, 0, 0, null, "expected a JSON object (an S3 Inventory manifest)");
        }
        String schema = text(where, root, "fileSchema");
        List<String> columns = Arrays.stream(schema.split(",")).map(String::strip).toList();
        JsonNode files = root.get("files");
        if (files == null || !files.isArray()) {
            throw new InputException(where, 0, 0, null, "no \"files\" list; expected an S3 Inventory manifest");
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode f : files) {
            JsonNode key = f.get("key");
            if (key == null || !key.isTextual() || key.asText().isBlank()) {
                throw new InputException(where, 0, 0, null, "a \"files\" entry without a \"key\": " + f);
            }
            keys.add(key.asText());
        }
        String destination = text(where, root, "destinationBucket");
        return new InventoryManifest(text(where, root, "sourceBucket"), InventoryReports.bucketName(destination),
                text(where, root, "fileFormat").toUpperCase(Locale.ROOT), columns, keys);
    }

    private static String text(String where, JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InputException(where, 0, 0, null, "no \"" + field + "\"; expected an S3 Inventory manifest");
        }
        return v.asText().strip();
    }

    /** The index of {@code column} in the data files, or -1. */
    int column(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The first line of a parser's message (Jackson adds the source location on further lines). */
    static String firstLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        return (cut < 0 ? m : m.substring(0, cut)).strip();
    }
}
