/**
 * The PNG charts of an analysis ({@code charts/*.png}, FORMATS.md §3), drawn with XChart.
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * List<Path> pngs = ChartSet.of(result, dataset).writeTo(Path.of("out/charts"));
 * }</pre>
 *
 * <p>{@link org.cloudcost.report.charts.ChartSet} is the entry point; {@link org.cloudcost.report.charts.ChartKind}
 * names each chart and its stable file name. The other classes here build one chart each and
 * are not part of the API.
 */
package org.cloudcost.report.charts;
