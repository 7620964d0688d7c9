package org.cloudcost.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void plainTextIsUnchanged() {
        String s = "Release the instance (snapshot first) – 東京, tab\there\nline";
        assertThat(SafeText.of(s)).isSameAs(s);
        assertThat(SafeText.of(null)).isEmpty();
    }

    @Test
    void charactersXmlCannotHoldBecomeReplacementCharacters() {
        assertThat(SafeText.of("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
        // a lone surrogate is replaced, a pair is kept
        assertThat(SafeText.of("x\uD83Dy")).isEqualTo("x\uFFFDy");
        assertThat(SafeText.of("x\uDE00y")).isEqualTo("x\uFFFDy");
        assertThat(SafeText.of("x\uD83D\uDE00y")).isEqualTo("x\uD83D\uDE00y");
        assertThat(SafeText.of("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAMark() {
        String cut = SafeText.of("a".repeat(40_000));
        assertThat(cut).hasSize(SafeText.MAX_CELL_CHARS).endsWith(SafeText.CUT_MARK);
        assertThat(SafeText.of("a".repeat(SafeText.MAX_CELL_CHARS))).hasSize(SafeText.MAX_CELL_CHARS).doesNotContain("cut");
        // never splits a surrogate pair
        String emoji = "a".repeat(SafeText.MAX_CELL_CHARS - SafeText.CUT_MARK.length() - 1) + "\uD83D\uDE00".repeat(10);
        String cutEmoji = SafeText.of(emoji);
        assertThat(cutEmoji).endsWith("a" + SafeText.CUT_MARK);
        assertThat(cutEmoji.length()).isLessThanOrEqualTo(SafeText.MAX_CELL_CHARS);
    }

    @Test
    void formulaTriggersAreTheOwaspCharacters() {
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(SafeText.looksLikeFormula(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", "a=1", " =1", "1", "'=1"}) {
            assertThat(SafeText.looksLikeFormula(s)).as(s).isFalse();
        }
        assertThat(SafeText.looksLikeFormula(null)).isFalse();
    }
}
