package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both tag forms of the bill, and the pieces real tag texts break into. */
class BillTagsTest {

    @Test
    void consoleForm() {
        assertThat(BillTags.parse("env:prod;team:web")).containsExactly("env", "prod", "team", "web");
        assertThat(BillTags.parse(" env : prod ; team:web; ")).containsExactly("env", "prod", "team", "web");
    }

    @Test
    void apiForm() {
        assertThat(BillTags.parse("key:env value:prod; key:team value:web")).containsExactly("env", "prod", "team", "web");
        assertThat(BillTags.parse("KEY:env VALUE:prod;key:owner value:")).containsExactly("env", "prod", "owner", "");
    }

    @Test
    void valuesKeepTheirColonsAndSemicolons() {
        assertThat(BillTags.parse("link:https://x:8443;env:prod")).containsExactly("link", "https://x:8443", "env", "prod");
        assertThat(BillTags.parse("team:web;api;env:prod")).containsExactly("team", "web;api", "env", "prod");
        assertThat(BillTags.parse("key:team value:web;api; key:env value:prod")).containsExactly("team", "web;api", "env", "prod");
    }

    @Test
    void aKeyNamedKeyInTheConsoleFormIsNotTheApiForm() {
        assertThat(BillTags.parse("key:abc;env:prod")).containsExactly("key", "abc", "env", "prod");
    }

    @Test
    void blankAndKeylessTextGiveNoTags() {
        assertThat(BillTags.parse("")).isEmpty();
        assertThat(BillTags.parse("   ")).isEmpty();
        assertThat(BillTags.parse("no tags here")).isEmpty();
        assertThat(BillTags.parse(":orphan;env:prod")).containsExactly("env", "prod");
    }

    @Test
    void repeatedTextIsParsedOnce() {
        BillTags tags = new BillTags();
        String text = "env:prod";
        assertThat(tags.pairs(text)).isSameAs(tags.pairs(new String(text)));
    }
}
