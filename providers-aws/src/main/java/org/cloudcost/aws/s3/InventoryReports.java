package org.cloudcost.aws.s3;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import org.cloudcost.core.InputException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.InventoryConfiguration;
import software.amazon.awssdk.services.s3.model.InventoryS3BucketDestination;
import software.amazon.awssdk.services.s3.model.ListBucketInventoryConfigurationsResponse;

/**
 * A bucket's storage from its newest S3 Inventory report. The configuration used is one
 * ({@code s3:GetInventoryConfiguration}, ListBucketInventoryConfigurations) that is enabled, writes
 * CSV, covers the whole bucket (no prefix filter: a filtered report would leave the rest of the
 * bucket out) and includes the Size, LastModifiedDate and StorageClass fields; one that includes
 * all object versions is preferred (noncurrent versions are billed too). Its reports live under
 * {@code DESTINATION-PREFIX/SOURCE-BUCKET/CONFIG-ID/}, one folder per delivery named
 * {@code YYYY-MM-DDTHH-MMZ/} holding {@code manifest.json}; the newest folder is read (listing the
 * folders only, {@code s3:ListBucket} on the destination), then its manifest and each data file,
 * streamed ({@code s3:GetObject}). Configurations passed over and why go into the notes.
 *
 * <pre>{@code
 * Optional<BucketStorage> s = new InventoryReports(s3, new S3Objects(s3), 1).read("app-logs", notes);
 * }</pre>
 */
final class InventoryReports {
    /** A delivery folder: {@code 2026-10-31T01-00Z/}. */
    private static final Pattern DELIVERY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}Z/");
    /** The optional fields a report needs for storage groups. */
    private static final List<String> NEEDED_FIELDS = List.of("Size", "LastModifiedDate", "StorageClass");

    private final S3Client s3;
    private final S3Objects objects;
    private final int prefixDepth;

    InventoryReports(S3Client s3, S3Objects objects, int prefixDepth) {
        this.s3 = s3;
        this.objects = objects;
        this.prefixDepth = prefixDepth;
    }

    /** The bucket's storage from its newest usable report; empty (with the reasons in {@code notes}) when none. */
    Optional<BucketStorage> read(String bucket, List<String> notes) {
        for (InventoryConfiguration c : usable(bucket, configurations(bucket), notes)) {
            InventoryS3BucketDestination d = c.destination().s3BucketDestination();
            String destination = bucketName(d.bucket());
            String prefix = d.prefix() == null || d.prefix().isBlank() ? ""
                    : d.prefix().endsWith("/") ? d.prefix() : d.prefix() + "/";
            String root = prefix + bucket + "/" + c.id() + "/";
            Optional<String> newest = objects.folders(destination, root).stream()
                    .filter(f -> DELIVERY.matcher(f.substring(root.length())).matches())
                    .max(Comparator.naturalOrder());
            if (newest.isEmpty()) {
                notes.add("S3 Inventory configuration " + c.id() + " has delivered no report yet under s3://"
                        + destination + "/" + root);
                continue;
            }
            return Optional.of(readReport(bucket, c.id(), destination, newest.get(), notes));
        }
        return Optional.empty();
    }

    private BucketStorage readReport(String bucket, String configId, String destination, String folder,
                                     List<String> notes) {
        String manifestKey = folder + "manifest.json";
        String where = "s3://" + destination + "/" + manifestKey;
        InventoryManifest manifest = InventoryManifest.parse(where, objects.readSmall(destination, manifestKey));
        if (!manifest.fileFormat().equals("CSV")) {
            throw new InputException(where, 0, 0, null, "fileFormat " + manifest.fileFormat()
                    + " is not read; expected CSV");
        }
        StorageGroups groups = new StorageGroups(prefixDepth);
        InventoryDataFile reader = new InventoryDataFile(manifest, where, groups);
        long markers = 0;
        for (String key : manifest.fileKeys()) {
            InputStream in = objects.open(manifest.destinationBucket(), key);
            markers += reader.read("s3://" + manifest.destinationBucket() + "/" + key, in).deleteMarkers();
        }
        String delivery = folder.substring(0, folder.length() - 1);
        delivery = delivery.substring(delivery.lastIndexOf('/') + 1);
        notes.add("S3 Inventory report " + delivery + " of configuration " + configId + ": " + groups.objects()
                + " objects in " + manifest.fileKeys().size() + " data file(s)"
                + (markers == 0 ? "" : "; " + markers + " delete markers hold no bytes and are not counted"));
        return new BucketStorage(bucket, BucketStorage.Source.INVENTORY_REPORT, groups.rows(bucket), notes);
    }

    private List<InventoryConfiguration> configurations(String bucket) {
        return AwsCalls.call("s3:GetInventoryConfiguration", () -> {
            List<InventoryConfiguration> all = new ArrayList<>();
            PageTokens tokens = new PageTokens("s3:GetInventoryConfiguration (ListBucketInventoryConfigurations)");
            String token = null;
            do {
                String t = token;
                ListBucketInventoryConfigurationsResponse page = s3.listBucketInventoryConfigurations(
                        r -> r.bucket(bucket).continuationToken(t));
                all.addAll(page.inventoryConfigurationList());
                token = tokens.next(Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null);
            } while (token != null);
            return all;
        });
    }

    /** The configurations a storage file can be built from, the ones with all versions first. */
    private static List<InventoryConfiguration> usable(String bucket, List<InventoryConfiguration> all,
                                                       List<String> notes) {
        List<InventoryConfiguration> out = new ArrayList<>();
        for (InventoryConfiguration c : all) {
            String why = unusable(c);
            if (why == null) {
                out.add(c);
            } else {
                notes.add("S3 Inventory configuration " + c.id() + " of " + bucket + " not used: " + why);
            }
        }
        out.sort(Comparator.comparing((InventoryConfiguration c) -> !"All".equals(c.includedObjectVersionsAsString()))
                .thenComparing(InventoryConfiguration::id));
        return out;
    }

    private static String unusable(InventoryConfiguration c) {
        if (!Boolean.TRUE.equals(c.isEnabled())) {
            return "disabled";
        }
        InventoryS3BucketDestination d = c.destination() == null ? null : c.destination().s3BucketDestination();
        if (d == null || d.bucket() == null) {
            return "no destination bucket";
        }
        if (!"CSV".equalsIgnoreCase(d.formatAsString())) {
            return "its format is " + d.formatAsString() + "; only CSV reports are read";
        }
        if (c.filter() != null && c.filter().prefix() != null && !c.filter().prefix().isBlank()) {
            return "it covers only the prefix " + c.filter().prefix();
        }
        List<String> fields = c.optionalFieldsAsStrings().stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        List<String> missing = NEEDED_FIELDS.stream().filter(f -> !fields.contains(f.toLowerCase(Locale.ROOT))).toList();
        return missing.isEmpty() ? null : "it lacks the field(s) " + String.join(", ", missing);
    }

    /** {@code arn:aws:s3:::name} → {@code name}; a bare name stays. */
    static String bucketName(String arnOrName) {
        int at = arnOrName.indexOf(":::");
        return at < 0 ? arnOrName : arnOrName.substring(at + 3);
    }
}
