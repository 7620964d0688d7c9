package org.cloudcost.aliyun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both tag forms Alibaba Cloud writes (bill export and BSS API), and the pieces real tag texts break into. */
class AliyunTagsTest {
    @Test
    void consoleForm() {
        assertThat(AliyunTags.pairs("env:prod;team:web")).containsExactly("env", "prod", "team", "web");
        assertThat(AliyunTags.pairs(" env : prod ; team:web; ")).containsExactly("env", "prod", "team", "web");
    }

    @Test
    void apiForm() {
        assertThat(AliyunTags.pairs("key:env value:prod; key:team value:web")).containsExactly("env", "prod", "team", "web");
        assertThat(AliyunTags.pairs("KEY:env VALUE:prod;key:owner value:")).containsExactly("env", "prod", "owner", "");
        assertThat(AliyunTags.parse("key:app value:web:frontend; key:owner value:Data Team"))
                .containsEntry("app", "web:frontend").containsEntry("owner", "Data Team");
        assertThat(AliyunTags.parse("key:env value:prod; key:flag")).containsEntry("flag", "");
    }

    @Test
    void valuesKeepTheirColonsAndSemicolons() {
        assertThat(AliyunTags.pairs("link:https://x:8443;env:prod")).containsExactly("link", "https://x:8443", "env", "prod");
        assertThat(AliyunTags.pairs("team:web;api;env:prod")).containsExactly("team", "web;api", "env", "prod");
        assertThat(AliyunTags.pairs("key:team value:web;api; key:env value:prod"))
                .containsExactly("team", "web;api", "env", "prod");
    }

    @Test
    void aKeyNamedKeyInTheConsoleFormIsNotTheApiForm() {
        assertThat(AliyunTags.pairs("key:abc;env:prod")).containsExactly("key", "abc", "env", "prod");
    }

    @Test
    void blankAndKeylessTextGiveNoTags() {
        assertThat(AliyunTags.pairs("")).isEmpty();
        assertThat(AliyunTags.pairs(null)).isEmpty();
        assertThat(AliyunTags.pairs("   ")).isEmpty();
        assertThat(AliyunTags.pairs("no tags here")).isEmpty();
        assertThat(AliyunTags.pairs(":orphan;env:prod")).containsExactly("env", "prod");
        assertThat(AliyunTags.parse("key: value:orphan")).isEmpty();
    }

    @Test
    void aRepeatedKeyKeepsItsLastValue() {
        assertThat(AliyunTags.parse("; ;key:env value:dev;key:env value:prod;")).containsExactly(Map.entry("env", "prod"));
    }

    @Test
    void jsonIsAnObjectWithEscapesOrEmpty() {
        assertThat(AliyunTags.json("key:env value:prod; key:note value:say \"hi\"")).isEqualTo(
                "{\"env\":\"prod\",\"note\":\"say \\\"hi\\\"\"}");
        assertThat(AliyunTags.json("  ")).isEmpty();
        assertThat(AliyunTags.json(Map.of())).isEmpty();
        assertThat(AliyunTags.json(Map.of("env", "prod"))).isEqualTo("{\"env\":\"prod\"}");
    }
}
