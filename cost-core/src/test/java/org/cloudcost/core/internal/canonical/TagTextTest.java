package org.cloudcost.core.internal.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagTextTest {

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void jsonObjectKeepsOrderAndTurnsScalarsIntoText() {
        assertThat(TagText.parse(" {\"team\":\"web\",\"env\":\"prod\",\"n\":3,\"on\":true,\"none\":null,\"o\":{\"a\":1}} "))
                .containsExactly(Map.entry("team", "web"), Map.entry("env", "prod"), Map.entry("n", "3"),
                        Map.entry("on", "true"), Map.entry("none", ""), Map.entry("o", "{\"a\":1}"));
    }

    @Test
    void awsJsonKeyValueList() {
        assertThat(TagText.parse("[{\"Key\":\"env\",\"Value\":\"prod\"},{\"key\":\"team\",\"value\":\"web\"}]"))
                .containsExactly(Map.entry("env", "prod"), Map.entry("team", "web"));
    }

    @Test
    void equalsPairsTrimmedFirstValueWins() {
        assertThat(TagText.parse(" env = prod ; team=web;;env=dev; url=a=b;"))
                .containsExactly(Map.entry("env", "prod"), Map.entry("team", "web"), Map.entry("url", "a=b"));
    }

    @Test
    void colonPairsSplitAtTheFirstColon() {
        assertThat(TagText.parse("env:prod;team:web;link:https://example.com:8443/x;empty:"))
                .containsExactly(Map.entry("env", "prod"), Map.entry("team", "web"),
                        Map.entry("link", "https://example.com:8443/x"), Map.entry("empty", ""));
    }

    @Test
    void separatorIsEqualsWhenEveryPairHasOneElseWhicheverComesFirst() {
        assertThat(TagText.parse("query=a:b;env=prod")).containsExactly(Map.entry("query", "a:b"), Map.entry("env", "prod"));
        assertThat(TagText.parse("query:a=b;env:prod")).containsExactly(Map.entry("query", "a=b"), Map.entry("env", "prod"));
        // keys with a colon in the k=v form: every pair has '=', so '=' separates (AWS aws:*, the ignore tag)
        assertThat(TagText.parse("cloudcost:ignore=true")).containsExactly(Map.entry("cloudcost:ignore", "true"));
        assertThat(TagText.parse("aws:createdBy=alice;env=prod"))
                .containsExactly(Map.entry("aws:createdBy", "alice"), Map.entry("env", "prod"));
        // one Alibaba pair without '=' keeps ':' as the separator
        assertThat(TagText.parse("url:a=b;env:prod")).containsExactly(Map.entry("url", "a=b"), Map.entry("env", "prod"));
    }

    @Test
    void alibabaKeyValueWords() {
        assertThat(TagText.parse("key:env value:prod; key:team value:web;KEY:solo"))
                .containsExactly(Map.entry("env", "prod"), Map.entry("team", "web"), Map.entry("solo", ""));
    }

    @Test
    void blankTextIsNoTags() {
        assertThat(TagText.parse("  ")).isEmpty();
        assertThat(TagText.parse("{}")).isEmpty();
    }

    @Test
    void writesCompactJsonWhateverTheSyntax() {
        assertThat(TagText.toJson(TagText.parse("env=prod;team=web"))).isEqualTo("{\"env\":\"prod\",\"team\":\"web\"}");
        assertThat(TagText.toJson(TagText.parse("env:prod;team:web"))).isEqualTo("{\"env\":\"prod\",\"team\":\"web\"}");
        assertThat(TagText.toJson(TagText.parse("{ \"env\" : \"prod\" ,\n \"team\":\"web\" }")))
                .isEqualTo("{\"env\":\"prod\",\"team\":\"web\"}");
        assertThat(TagText.toJson(ordered("q\"uote", "back\\slash"))).isEqualTo("{\"q\\\"uote\":\"back\\\\slash\"}");
        assertThat(TagText.toJson(Map.of())).isEqualTo("{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"env\":\"prod\"", "{\"env\":}", "{env:prod}", "{\"env\":\"prod\"} trailing",
            "[1,2]", "[{\"Value\":\"x\"}]", "{\"a\":\"b\"}}"})
    void malformedJsonIsOneLineError(String text) {
        assertThatThrownBy(() -> TagText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON tags")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"env=prod;team", "just text", "=prod", "env:prod;:x", "key:env value:prod; other"})
    void malformedPairsAreErrors(String text) {
        assertThatThrownBy(() -> TagText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed tag")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void errorQuotesTheBadPairOnOneLine() {
        assertThatThrownBy(() -> TagText.parse("env=prod;team\nweb"))
                .hasMessage("malformed tag \"team\\nweb\"; expected k=v pairs separated by ';'");
    }
}
