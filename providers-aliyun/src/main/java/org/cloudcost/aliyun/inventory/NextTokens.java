package org.cloudcost.aliyun.inventory;

import org.cloudcost.core.CloudcostException;

/**
 * The {@code NextToken} rule of the paged calls: a blank or missing token ends the listing; a
 * token equal to the one just sent would loop for ever and is an error.
 *
 * <pre>{@code
 * String token = null;
 * do {
 *     Page page = api.list(region, token);
 *     token = NextTokens.next("DescribeDisks", token, page.getNextToken());
 * } while (token != null);
 * }</pre>
 */
final class NextTokens {
    private NextTokens() {
    }

    /** The token of the next page, or null when there is none. */
    static String next(String action, String sent, String received) {
        if (received == null || received.isBlank()) {
            return null;
        }
        if (received.equals(sent)) {
            throw new CloudcostException("Alibaba Cloud " + action + ": the NextToken did not change between pages ("
                    + received + ")");
        }
        return received;
    }
}
