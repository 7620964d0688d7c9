package org.cloudcost.aliyun.oss;

import java.util.List;

/**
 * One page of {@code ListObjectsV2}.
 *
 * <pre>{@code
 * OssObjectPage page = oss.listObjects("app-logs", null, 1000);
 * if (page.hasNext()) { page = oss.listObjects("app-logs", page.nextContinuationToken(), 1000); }
 * }</pre>
 *
 * @param objects the objects of this page, in key order
 * @param nextContinuationToken the token of the next page; {@code null} on the last page
 */
public record OssObjectPage(List<OssObject> objects, String nextContinuationToken) {
    public OssObjectPage {
        objects = List.copyOf(objects);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextContinuationToken != null;
    }
}
