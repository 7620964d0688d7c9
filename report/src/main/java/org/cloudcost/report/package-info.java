/**
 * The outputs of an analysis (FORMATS.md §3): {@link org.cloudcost.report.Report} writes them
 * all, the writers below each one.
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * Report.of(result).withDataset(dataset).writeAll(Path.of("out"));
 * // out/findings.csv, summary.json, report.xlsx, charts/*.png, report.md
 * System.out.print(SpendText.render(result.spend()) + SavingsText.render(result));
 * }</pre>
 *
 * <p>{@code findings.csv} ({@link org.cloudcost.report.FindingsCsvWriter}, formula injection
 * escaped), {@code summary.json} ({@link org.cloudcost.report.SummaryJsonWriter}), the finance
 * workbook ({@code org.cloudcost.report.xlsx}), the PNG charts ({@code org.cloudcost.report.charts})
 * and {@code report.md} ({@code org.cloudcost.report.markdown}); plus the tables the command line
 * prints ({@link org.cloudcost.report.SpendText}, {@link org.cloudcost.report.SavingsText},
 * {@link org.cloudcost.report.RuleCatalogText}).
 */
package org.cloudcost.report;
