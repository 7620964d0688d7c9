/**
 * The outputs of an analysis (FORMATS.md §3).
 *
 * <pre>{@code
 * SummaryJsonWriter.write(dataset.spend(), dataset.readReport(), out.resolve("summary.json"));
 * System.out.print(SpendText.render(dataset.spend()));
 * }</pre>
 *
 * <p>Today this package writes {@code summary.json} (spend, reconciliation and data-quality
 * keys; the savings keys arrive with the rules issue) and renders the short spend table the
 * command line prints. The finance workbook ({@code report.xlsx}), the charts
 * ({@code charts/*.png}), {@code report.md} and {@code findings.csv} arrive with the report
 * issue.
 */
package org.cloudcost.report;
