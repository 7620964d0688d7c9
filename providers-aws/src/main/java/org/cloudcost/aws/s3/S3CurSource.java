package org.cloudcost.aws.s3;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.InputException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Cost and Usage Report files of one month where the payer account delivers them, read with a
 * built {@link S3Client}: {@link #files} finds them, {@link #open} streams one as stored (gzip is
 * left to the reader, which recognises it by its magic bytes), without a local copy.
 *
 * <pre>{@code
 * S3CurSource cur = new S3CurSource(s3, "s3://billing-bucket/cur/");
 * for (CurObject f : cur.files(YearMonth.of(2026, 10))) {
 *     try (InputStream in = cur.open(f)) { ... }   // read as it downloads
 * }
 * // or: CostDataset.read().billing(f.uri(), f.size(), () -> cur.open(f)) — what analyze --billing s3://… does
 * }</pre>
 *
 * <p>How the month's files are found: every key under the prefix is listed (ListObjectsV2, every
 * page, {@code s3:ListBucket}), so the prefix may be the bucket's root, a report's prefix or the
 * report's own folder. A legacy CUR manifest of the month ({@code …/yyyyMMdd-yyyyMMdd/NAME-Manifest.json},
 * {@code s3:GetObject}) wins: its {@code reportKeys} are the current files, whatever older
 * assemblies lie beside them. Without one, the CSV and Parquet files of the month's folder (CUR
 * 2.0's {@code …/data/BILLING_PERIOD=yyyy-MM/}, or a legacy month folder) are taken, in key order
 * (a Parquet object is read from a temporary local copy: Parquet is read by ranges, not as a
 * stream). Several reports or exports under the prefix, or files in several folders, are errors
 * that say which prefix to give instead: guessing would count a month twice. So is a month of
 * zip files only.
 */
public final class S3CurSource {
    private final S3Objects objects;
    private final S3Location location;

    /**
     * @param s3Uri {@code s3://bucket/prefix/}, where the reports are delivered
     * @throws IllegalArgumentException when {@code s3Uri} is not an {@code s3://} location
     */
    public S3CurSource(S3Client s3, String s3Uri) {
        this.objects = new S3Objects(Objects.requireNonNull(s3, "s3"));
        this.location = S3Location.parse(s3Uri);
    }

    /** Where the reports are looked for. */
    public S3Location location() {
        return location;
    }

    /**
     * The month's CUR data files, in the order to read them.
     *
     * @throws CloudcostException in one line when there are none, when they are ambiguous or only zip files,
     *         or when an S3 call fails (naming the IAM action)
     */
    public List<CurObject> files(YearMonth month) {
        CurKeys keys = new CurKeys(month);
        List<S3Objects.Listed> listed = objects.list(location.bucket(), location.prefix());
        Map<String, Long> sizes = new HashMap<>();
        List<String> manifests = new ArrayList<>();
        List<S3Objects.Listed> data = new ArrayList<>();
        Set<String> unread = new TreeSet<>();
        for (S3Objects.Listed o : listed) {
            sizes.put(o.key(), o.size());
            if (keys.isLegacyManifest(o.key())) {
                manifests.add(o.key());
            } else if (keys.isDataFile(o.key())) {
                data.add(o);
            } else if (keys.isUnreadDataFile(o.key())) {
                unread.add(o.key());
            }
        }
        if (manifests.size() > 1) {
            throw new CloudcostException("several legacy CUR reports for " + month + " under " + location + ": "
                    + String.join(", ", manifests) + "; give the s3:// prefix of one report");
        }
        if (manifests.size() == 1) {
            List<String> cur2 = data.stream().map(S3Objects.Listed::key).filter(keys::inBillingPeriod).toList();
            if (!cur2.isEmpty()) {
                throw new CloudcostException("both a legacy CUR report (" + manifests.get(0) + ") and CUR 2.0 files ("
                        + cur2.get(0) + (cur2.size() > 1 ? ", …" : "") + ") for " + month + " under " + location
                        + "; give the s3:// prefix of one");
            }
            return fromManifest(manifests.get(0), sizes);
        }
        if (data.isEmpty()) {
            if (!unread.isEmpty()) {
                throw new CloudcostException("the CUR files for " + month + " under " + location + " are zip archives ("
                        + String.join(", ", first(unread, 3)) + "): cloudcost reads CSV, plain or gzip, and Parquet;"
                        + " set the report's compression to GZIP");
            }
            throw new CloudcostException("no CUR files for " + month + " under " + location + ": expected a legacy CUR"
                    + " manifest (…/" + keys.legacyFolder() + "/NAME-Manifest.json) or CUR 2.0 data files (…/data/"
                    + keys.billingPeriod() + "/*.csv.gz or *.parquet)");
        }
        Set<String> folders = new TreeSet<>();
        data.forEach(o -> folders.add(folderOf(o.key())));
        if (folders.size() > 1) {
            throw new CloudcostException("CUR files for " + month + " lie in several folders under " + location + " ("
                    + String.join(", ", first(folders, 4)) + "): several reports, or several versions of one;"
                    + " give the s3:// prefix of one folder");
        }
        return data.stream().sorted(Comparator.comparing(S3Objects.Listed::key))
                .map(o -> new CurObject(location.bucket(), o.key(), o.size())).toList();
    }

    /**
     * Opens one file as a stream of its stored bytes ({@code s3:GetObject}), read from the network as
     * the caller reads; the caller closes it.
     */
    public InputStream open(CurObject file) {
        return objects.open(file.bucket(), file.key());
    }

    private List<CurObject> fromManifest(String manifestKey, Map<String, Long> sizes) {
        String where = location.uri(manifestKey);
        CurManifest m = CurManifest.parse(where, objects.readSmall(location.bucket(), manifestKey), location.bucket());
        if (m.reportKeys().isEmpty()) {
            throw new InputException(where, 0, 0, null, "\"reportKeys\" is empty: the report has no data files yet");
        }
        List<CurObject> out = new ArrayList<>();
        for (String key : m.reportKeys()) {
            if (!CurKeys.isCsv(key)) {
                throw new InputException(where, 0, 0, null, "report file " + key + " is not CSV: cloudcost reads CSV,"
                        + " plain or gzip; set the report's compression to GZIP");
            }
            Long size = m.bucket().equals(location.bucket()) ? sizes.get(key) : null;
            out.add(new CurObject(m.bucket(), key, size == null ? -1 : size));
        }
        return List.copyOf(out);
    }

    private static String folderOf(String key) {
        return key.substring(0, key.lastIndexOf('/') + 1);
    }

    private static List<String> first(Set<String> items, int n) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            if (out.size() == n) {
                out.add("…");
                break;
            }
            out.add(s);
        }
        return out;
    }
}
