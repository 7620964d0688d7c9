/**
 * {@code report.md}: the summary tables of an analysis with links to its charts.
 *
 * <pre>{@code
 * ChartSet.of(result, dataset).writeTo(out.resolve("charts"));
 * MarkdownReport.of(result, dataset).write(out.resolve("report.md"), out.resolve("charts"));
 * }</pre>
 *
 * <p>{@link org.cloudcost.report.markdown.MarkdownReport} is the entry point; the other classes
 * here write one section each, escape untrusted text and format figures, and are not part of
 * the API.
 */
package org.cloudcost.report.markdown;
