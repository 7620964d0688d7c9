package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bill reader's tag cache; the parsing itself is {@code AliyunTagsTest}'s. */
class BillTagsTest {
    @Test
    void repeatedTextIsParsedOnce() {
        BillTags tags = new BillTags();
        String text = "env:prod";
        assertThat(tags.pairs(text)).containsExactly("env", "prod").isSameAs(tags.pairs(new String(text)));
    }
}
