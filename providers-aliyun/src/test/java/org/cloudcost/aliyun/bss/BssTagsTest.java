package org.cloudcost.aliyun.bss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BssTagsTest {
    @Test
    void theApiFormIsReadInOrder() {
        assertThat(BssTags.parse("key:env value:prod; key:team value:data"))
                .containsExactly(java.util.Map.entry("env", "prod"), java.util.Map.entry("team", "data"));
    }

    @Test
    void valuesKeepSpacesAndColonsAndTheExportFormIsReadToo() {
        assertThat(BssTags.parse("key:app value:web:frontend; key:owner value:Data Team"))
                .containsEntry("app", "web:frontend").containsEntry("owner", "Data Team");
        assertThat(BssTags.parse("env:prod;team:data")).containsEntry("env", "prod").containsEntry("team", "data");
        assertThat(BssTags.parse("key:flag")).containsEntry("flag", "");
    }

    @Test
    void emptyPiecesAndRepeatedKeys() {
        assertThat(BssTags.parse("")).isEmpty();
        assertThat(BssTags.parse(null)).isEmpty();
        assertThat(BssTags.parse("; ;key:env value:dev;key:env value:prod;")).hasSize(1).containsEntry("env", "prod");
        assertThat(BssTags.parse("key: value:orphan")).isEmpty();
    }

    @Test
    void jsonIsAnObjectWithEscapesOrEmpty() {
        assertThat(BssTags.json("key:env value:prod; key:note value:say \"hi\"")).isEqualTo(
                "{\"env\":\"prod\",\"note\":\"say \\\"hi\\\"\"}");
        assertThat(BssTags.json("  ")).isEmpty();
    }
}
