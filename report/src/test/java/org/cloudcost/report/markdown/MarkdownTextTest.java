package org.cloudcost.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void htmlBecomesEntities() {
        assertThat(MarkdownText.escape("<script>alert('x')</script> & <img src=x onerror=y>"))
                .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;");
        assertThat(MarkdownText.escape("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
    }

    @Test
    void linksImagesEmphasisCodeAndMathAreBackslashed() {
        assertThat(MarkdownText.escape("[click](http://evil) ![i](x.png)"))
                .isEqualTo("\\[click\\](http\\://evil) !\\[i\\](x.png)");
        assertThat(MarkdownText.escape("*a* _b_ `c` ~~d~~ $e$ \\f"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\$e\\$ \\\\f");
    }

    @Test
    void pipesAndLineBreaksCannotBreakATable() {
        assertThat(MarkdownText.escape("a|b\nc\r\nd\u2028e\u0000f\tg")).isEqualTo("a\\|b c  d e f g");
        assertThat(MarkdownText.escape(null)).isEmpty();
        assertThat(MarkdownText.escape("=1+2")).isEqualTo("=1+2");
    }

    @Test
    void aTableKeepsItsColumnsWhateverTheCellsSay() {
        String table = new MarkdownTable(List.of("Resource", "Saving"), 1)
                .row("i-1 | evil\n| x | y |", "1.00").totalRow("Total", "1.00").render();

        assertThat(table.lines().toList()).containsExactly("| Resource | Saving |", "|---|---:|",
                "| i-1 \\| evil \\| x \\| y \\| | 1.00 |", "| **Total** | 1.00 |", "");
        for (String line : table.lines().filter(l -> !l.isEmpty()).toList()) {
            assertThat(MarkdownReportTest.cellCount(line)).isEqualTo(2);
        }
    }

    /** GitHub turns a bare URL, www. address or e-mail address into a link; a tag must stay text. */
    @Test
    void bareUrlsWwwAddressesAndEmailsAreNoAutolinks() {
        assertThat(MarkdownText.escape("see https://evil.example/x and WWW.evil.example or ops@evil.example"))
                .isEqualTo("see https\\://evil.example/x and WWW\\.evil.example or ops\\@evil.example");
        assertThat(MarkdownText.escape("ratio 3:1, 1.5 %, a/b")).isEqualTo("ratio 3:1, 1.5 %, a/b");
    }

    /** Text that begins a list item or line cannot make it a heading. */
    @Test
    void aLeadingHashIsNoHeading() {
        assertThat(MarkdownText.escape("  # big")).isEqualTo("\\# big");
        assertThat(MarkdownText.escape("issue #5")).isEqualTo("issue #5");
    }
}
