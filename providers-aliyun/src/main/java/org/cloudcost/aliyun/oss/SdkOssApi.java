package org.cloudcost.aliyun.oss;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.Bucket;
import com.aliyun.oss.model.BucketList;
import com.aliyun.oss.model.BucketStat;
import com.aliyun.oss.model.LifecycleRule;
import com.aliyun.oss.model.ListBucketsRequest;
import com.aliyun.oss.model.ListObjectsV2Request;
import com.aliyun.oss.model.ListObjectsV2Result;
import com.aliyun.oss.model.OSSObjectSummary;
import com.aliyun.tea.TeaException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CloudcostException;

/**
 * {@link OssApi} over the real OSS client ({@code aliyun-sdk-oss}). Every call goes through
 * {@link AliyunCalls}: an OSS error is handed to it as a {@link TeaException} carrying the OSS
 * error code ({@code AccessDenied}, {@code NoSuchBucket}, …), so throttling
 * ({@link #THROTTLING_CODES}) is retried and any other failure becomes one
 * {@link CloudcostException} line naming the action.
 * {@code GetBucketLifecycle}'s {@code NoSuchLifecycle} is not an error: it means no rules.
 *
 * <pre>{@code
 * OSS client = new OSSClientBuilder().build("https://oss-cn-hangzhou.aliyuncs.com", credentialsProvider);
 * OssApi oss = new SdkOssApi(client, AliyunCalls.withDefaults());
 * List<OssBucket> buckets = oss.listBuckets();
 * }</pre>
 */
public final class SdkOssApi implements OssApi {
    static final String LIST_BUCKETS = "ListBuckets";
    static final String GET_BUCKET_STAT = "GetBucketStat";
    static final String GET_BUCKET_LIFECYCLE = "GetBucketLifecycle";
    static final String LIST_OBJECTS_V2 = "ListObjectsV2";

    /**
     * The OSS API actions this adapter calls (the RAM policy test maps them to RAM actions:
     * {@code ListObjectsV2} needs {@code oss:ListObjects}).
     */
    public static final List<String> API_ACTIONS = List.of(LIST_BUCKETS, GET_BUCKET_STAT, GET_BUCKET_LIFECYCLE,
            LIST_OBJECTS_V2);

    /**
     * OSS's rate-limit codes (its 503 and 429 error pages): MetaOperationQpsLimitExceeded covers
     * ListBuckets and GetBucketLifecycle; they are retried like the tea APIs' Throttling.
     */
    static final Set<String> THROTTLING_CODES = Set.of("MetaOperationQpsLimitExceeded", "TotalQpsLimitExceeded",
            "QpsLimitExceeded", "ActiveRequestLimitExceeded", "ServiceUnavailable");

    /** ListBuckets returns at most 1000 buckets a page. */
    static final int BUCKETS_PER_PAGE = 1000;
    /** ListObjectsV2 returns at most 1000 objects a page. */
    public static final int MAX_KEYS_PER_PAGE = 1000;

    private final OSS oss;
    private final AliyunCalls calls;

    public SdkOssApi(OSS oss, AliyunCalls calls) {
        this.oss = Objects.requireNonNull(oss, "oss");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public List<OssBucket> listBuckets() {
        List<OssBucket> buckets = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            BucketList page = call(LIST_BUCKETS, () -> oss.listBuckets(new ListBucketsRequest(null, from, BUCKETS_PER_PAGE)));
            if (page.getBucketList() != null) {
                page.getBucketList().forEach(b -> buckets.add(bucket(b)));
            }
            marker = page.isTruncated() ? page.getNextMarker() : null;
            if (marker != null && marker.equals(from)) {
                throw new CloudcostException("Alibaba Cloud ListBuckets returned the same marker twice (" + marker + ")");
            }
        } while (marker != null && !marker.isEmpty());
        return buckets;
    }

    @Override
    public BucketStat getBucketStat(String bucket) {
        return call(GET_BUCKET_STAT, () -> oss.getBucketStat(bucket));
    }

    @Override
    public List<LifecycleRule> getBucketLifecycle(String bucket) {
        return call(GET_BUCKET_LIFECYCLE, () -> {
            try {
                List<LifecycleRule> rules = oss.getBucketLifecycle(bucket);
                return rules == null ? List.of() : rules;
            } catch (OSSException e) {
                if ("NoSuchLifecycle".equals(e.getErrorCode())) {
                    return List.of();
                }
                throw e;
            }
        });
    }

    @Override
    public OssObjectPage listObjects(String bucket, String continuationToken, int maxKeys) {
        if (maxKeys < 1 || maxKeys > MAX_KEYS_PER_PAGE) {
            throw new IllegalArgumentException("maxKeys must be 1 to " + MAX_KEYS_PER_PAGE + ", was " + maxKeys);
        }
        ListObjectsV2Request request = new ListObjectsV2Request(bucket).withMaxKeys(maxKeys).withEncodingType("url");
        if (continuationToken != null) {
            request.setContinuationToken(continuationToken);
        }
        ListObjectsV2Result result = call(LIST_OBJECTS_V2, () -> oss.listObjectsV2(request));
        boolean urlEncoded = "url".equalsIgnoreCase(result.getEncodingType());
        List<OssObject> objects = new ArrayList<>();
        for (OSSObjectSummary s : result.getObjectSummaries()) {
            objects.add(object(bucket, s, urlEncoded));
        }
        String next = result.isTruncated() ? result.getNextContinuationToken() : null;
        return new OssObjectPage(objects, next == null || next.isEmpty() ? null : next);
    }

    private static OssBucket bucket(Bucket b) {
        String region = b.getRegion();
        if ((region == null || region.isEmpty()) && b.getLocation() != null) {
            region = b.getLocation().startsWith("oss-") ? b.getLocation().substring(4) : b.getLocation();
        }
        Instant created = b.getCreationDate() == null ? null : b.getCreationDate().toInstant();
        return new OssBucket(b.getName(), region == null || region.isEmpty() ? null : region, created);
    }

    /**
     * The listing asks for {@code encoding-type=url} (a key may hold characters XML cannot carry);
     * the SDK hands ListObjectsV2 keys over still encoded, so they are decoded here.
     */
    private static OssObject object(String bucket, OSSObjectSummary s, boolean urlEncoded) {
        String key = urlEncoded ? URLDecoder.decode(s.getKey(), StandardCharsets.UTF_8) : s.getKey();
        if (s.getLastModified() == null) {
            throw new CloudcostException("Alibaba Cloud ListObjectsV2: object " + bucket + "/" + key
                    + " has no LastModified");
        }
        // OSS always names the class; Standard is its default should a listing ever omit it
        String storageClass = s.getStorageClass() == null || s.getStorageClass().isEmpty() ? "Standard" : s.getStorageClass();
        return new OssObject(key, s.getSize(), storageClass, s.getLastModified().toInstant());
    }

    /** Runs {@code body} through {@link AliyunCalls}, handing it OSS errors in the tea form it knows. */
    private <T> T call(String action, Supplier<T> body) {
        return calls.call(action, () -> {
            try {
                return body.get();
            } catch (OSSException e) {
                throw teaException(e);
            }
        });
    }

    /** An OSS error as a {@link TeaException}: its code, its message and, for access denied, what to grant. */
    static TeaException teaException(OSSException e) {
        String code = e.getErrorCode() == null ? "OSSException" : e.getErrorCode();
        String message = e.getErrorMessage() == null ? "" : e.getErrorMessage().strip();
        if ("AccessDenied".equals(code)) {
            message = message + " (grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)";
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("code", code);
        fields.put("message", message);
        TeaException tea = new TeaException(fields);
        tea.setCode(code);
        tea.setMessage(message);
        if (THROTTLING_CODES.contains(code)) {
            tea.setStatusCode(429);   // AliyunCalls retries 429 with back-off
        }
        tea.initCause(e);
        return tea;
    }
}
