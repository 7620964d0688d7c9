/**
 * The finance workbook, {@code report.xlsx} (FORMATS.md §3, issue 5): Summary, Findings, Spend,
 * Assumptions and Data quality sheets, totals as live formulas, native charts, named effort inputs.
 *
 * <pre>{@code
 * FinanceWorkbook.of(dataset.analyze()).withDataset(dataset).write(Path.of("out/report.xlsx"));
 * }</pre>
 *
 * <p>{@code docs/report.md} describes the sheets for finance. The sheets are laid out by the
 * classes in {@code org.cloudcost.report.xlsx.internal}, which are not an API.
 */
package org.cloudcost.report.xlsx;
