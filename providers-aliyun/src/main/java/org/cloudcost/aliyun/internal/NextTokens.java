package org.cloudcost.aliyun.internal;

import org.cloudcost.core.CloudcostException;

/**
 * The {@code NextToken} rule of every paged Alibaba Cloud call (ECS, RDS, BSS, CloudMonitor): a
 * blank or missing token ends the listing, whatever the page held (a page may be empty and
 * still carry a token: the listing goes on); a token equal to the one just sent would read the
 * same page for ever and is an error.
 *
 * <pre>{@code
 * String token = null;
 * do {
 *     Page page = api.list(region, token);
 *     token = NextTokens.next("DescribeDisks", token, page.getNextToken());
 * } while (token != null);
 * }</pre>
 */
public final class NextTokens {
    private NextTokens() {
    }

    /**
     * The token of the next page, or null when there is none.
     *
     * @param call what was called, for the message ({@code DescribeDisks}, {@code DescribeInstanceBill 2026-10-01})
     * @throws CloudcostException when {@code received} equals {@code sent}
     */
    public static String next(String call, String sent, String received) {
        if (received == null || received.isBlank()) {
            return null;
        }
        if (received.equals(sent)) {
            throw new CloudcostException("Alibaba Cloud " + call + ": the NextToken did not change between pages ("
                    + received + ")");
        }
        return received;
    }
}
