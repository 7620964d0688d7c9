package org.cloudcost.aliyun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

class NextTokensTest {
    @Test
    void aBlankOrMissingTokenEndsTheListingAndANewOneGoesOn() {
        assertThat(NextTokens.next("DescribeDisks", null, null)).isNull();
        assertThat(NextTokens.next("DescribeDisks", "a", " ")).isNull();
        assertThat(NextTokens.next("DescribeDisks", null, "a")).isEqualTo("a");
        assertThat(NextTokens.next("DescribeDisks", "a", "b")).isEqualTo("b");
    }

    @Test
    void aTokenThatDoesNotMoveIsOneLineNotAnEndlessLoop() {
        assertThatThrownBy(() -> NextTokens.next("DescribeInstanceBill 2026-10-01", "t", "t"))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeInstanceBill 2026-10-01: the NextToken did not change between pages (t)");
    }
}
