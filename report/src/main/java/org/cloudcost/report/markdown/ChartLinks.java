package org.cloudcost.report.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.charts.ChartSet;

/**
 * The image line of each chart, linked relative to report.md so the folder can be moved or
 * zipped as a whole; or a sentence saying why the chart is not there.
 */
final class ChartLinks {
    private final ChartSet charts;
    private final Path chartsDir;
    private final String href;

    /** Links from a Markdown file in {@code reportDir} to the charts in {@code chartsDir}. */
    ChartLinks(ChartSet charts, Path reportDir, Path chartsDir) {
        this.charts = charts;
        this.chartsDir = chartsDir;
        this.href = relativeHref(reportDir.toAbsolutePath().normalize(), chartsDir.toAbsolutePath().normalize());
    }

    /** {@code ![title](charts/x.png)}, or an italic sentence: not drawn and why, or not found. */
    String block(ChartKind kind) {
        String reason = charts.skipped().get(kind);
        if (reason != null) {
            return "_No chart: " + MarkdownText.escape(reason) + "._";
        }
        String link = href.isEmpty() ? kind.fileName() : href + "/" + kind.fileName();
        if (!Files.isRegularFile(chartsDir.resolve(kind.fileName()))) {
            return "_Chart " + MarkdownText.escape(link) + " not found: the charts were not written beside this report._";
        }
        return "![" + kind.title() + "](" + link + ")";
    }

    /** The folder path from {@code from} to {@code to}, '/'-separated, each segment percent-encoded. */
    static String relativeHref(Path from, Path to) {
        Path rel = from.relativize(to);
        StringBuilder out = new StringBuilder();
        for (Path segment : rel) {
            String s = segment.toString();
            if (s.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(encode(s));
        }
        return out.toString();
    }

    /** Percent-encodes every byte outside RFC 3986's unreserved characters. */
    private static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
