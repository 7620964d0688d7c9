/**
 * Benchmark drivers, run by {@code bench/run.sh} and never by the build: a deterministic
 * FOCUS CSV generator ({@link org.cloudcost.bench.FocusCsvGenerator}) and a whole-process
 * comparison of CSV parsers on it ({@link org.cloudcost.bench.ParserComparison}). Results are
 * written up in {@code docs/performance.md}.
 */
package org.cloudcost.bench;
