/**
 * Benchmark drivers, run by {@code bench/run.sh} and never by the build (their tests do run):
 * <ul>
 * <li>issue 8, cloudcost's ingest against DuckDB: deterministic generators of a legacy CUR CSV
 * ({@link org.cloudcost.bench.CurCsvGenerator}) and a FOCUS CSV
 * ({@link org.cloudcost.bench.FocusCsvGenerator}), their Parquet copies
 * ({@link org.cloudcost.bench.ParquetCopies}), the two measured processes
 * ({@link org.cloudcost.bench.IngestBilling}, {@link org.cloudcost.bench.DuckDbGroupBy}) and the
 * driver that runs them alternately and times the demo
 * ({@link org.cloudcost.bench.EndToEndBench}); JMH kernels in
 * {@code org.cloudcost.core.internal.csv.CsvKernelsBenchmark};</li>
 * <li>issue 2, which CSV parser: {@link org.cloudcost.bench.ParserComparison}
 * ({@code bench/run.sh --parsers}).</li>
 * </ul>
 * Results are written up in {@code docs/performance.md}.
 *
 * <pre>{@code
 * bench/run.sh --small        // CI smoke: 1M lines, totals must agree, no time asserted
 * }</pre>
 */
package org.cloudcost.bench;
