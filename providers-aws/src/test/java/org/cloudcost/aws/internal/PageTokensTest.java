package org.cloudcost.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

class PageTokensTest {
    @Test
    void aBlankOrMissingTokenEndsTheListing() {
        PageTokens tokens = new PageTokens("rds:DescribeDBInstances");

        assertThat(tokens.next("a")).isEqualTo("a");
        assertThat(tokens.next(" ")).isNull();
        assertThat(tokens.next(null)).isNull();
    }

    @Test
    void aTokenSeenOnAnyEarlierPageIsAnErrorNotOnlyTheLastOne() {
        PageTokens tokens = new PageTokens("s3:ListBucket");
        tokens.next("a");
        tokens.next("b");

        assertThatThrownBy(() -> tokens.next("a")).isInstanceOf(CloudcostException.class)
                .hasMessage("s3:ListBucket returned the page token \"a\" twice: stopping rather than reading the same"
                        + " pages for ever");
    }
}
