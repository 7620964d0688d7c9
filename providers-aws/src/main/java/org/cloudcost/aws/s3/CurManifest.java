package org.cloudcost.aws.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cloudcost.core.InputException;

/**
 * A legacy CUR manifest ({@code REPORT-Manifest.json}): the keys of the report's current data files
 * ({@code reportKeys}) and the bucket they are in ({@code bucket}, else the manifest's own).
 *
 * <pre>{@code
 * CurManifest m = CurManifest.parse("s3://billing/cur/r/20261001-20261101/r-Manifest.json", bytes, "billing");
 * m.reportKeys();   // [cur/r/20261001-20261101/7d1c…/r-1.csv.gz, …]
 * }</pre>
 */
record CurManifest(String bucket, List<String> reportKeys) {
    private static final ObjectMapper JSON = new ObjectMapper();

    CurManifest {
        reportKeys = List.copyOf(reportKeys);
    }

    /**
     * @param where the manifest's {@code s3://} address, for messages
     * @param ownBucket the manifest's bucket, used when it names none
     * @throws InputException when it is not JSON or has no {@code reportKeys} list of keys
     */
    static CurManifest parse(String where, byte[] json, String ownBucket) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InputException(where, 0, 0, null, "not a JSON CUR manifest (" + firstLine(e) + ")");
        }
        JsonNode keys = root == null ? null : root.get("reportKeys");
        if (keys == null || !keys.isArray()) {
            throw new InputException(where, 0, 0, null, "no \"reportKeys\" list; expected a legacy CUR manifest");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode k : keys) {
            if (!k.isTextual() || k.asText().isBlank()) {
                throw new InputException(where, 0, 0, null, "\"reportKeys\" holds " + k + "; expected object keys");
            }
            out.add(k.asText());
        }
        JsonNode bucket = root.get("bucket");
        return new CurManifest(bucket != null && bucket.isTextual() && !bucket.asText().isBlank() ? bucket.asText()
                : ownBucket, out);
    }

    /** The first line of a parser's message (Jackson adds the source location on further lines). */
    static String firstLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf('\n');
        return (cut < 0 ? m : m.substring(0, cut)).strip();
    }
}
