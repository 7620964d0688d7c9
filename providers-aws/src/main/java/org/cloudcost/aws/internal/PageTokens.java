package org.cloudcost.aws.internal;

import java.util.HashSet;
import java.util.Set;
import org.cloudcost.core.CloudcostException;

/**
 * The page-token rule of every paged AWS call of this module, hand-written loops and the SDK's
 * paginators alike: a blank or missing token ends the listing; a token already seen in this
 * listing would read the same pages for ever and is an error. The SDK's paginators only stop on
 * a missing token, so each loop over their pages hands every page's token to {@link #next}
 * before the paginator fetches the next one.
 *
 * <pre>{@code
 * PageTokens tokens = new PageTokens("ec2:DescribeVolumes");
 * for (DescribeVolumesResponse page : ec2.describeVolumesPaginator(request)) {
 *     tokens.next(page.nextToken());
 *     ...
 * }
 * }</pre>
 */
public final class PageTokens {
    private final String call;
    private final Set<String> seen = new HashSet<>();

    /** @param call what is paged, for the message ({@code ec2:DescribeVolumes}) */
    public PageTokens(String call) {
        this.call = call;
    }

    /**
     * The token of the next page, or null when there is none.
     *
     * @throws CloudcostException when {@code token} was already returned by an earlier page
     */
    public String next(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (!seen.add(token)) {
            throw new CloudcostException(call + " returned the page token \"" + token
                    + "\" twice: stopping rather than reading the same pages for ever");
        }
        return token;
    }
}
