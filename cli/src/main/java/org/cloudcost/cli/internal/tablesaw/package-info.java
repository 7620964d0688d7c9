/**
 * What Tablesaw's {@code Table} initializer calls instead of ClassGraph in the CLI's jar: a finder
 * of the classes of a few packages that implement an interface, which reads only those packages'
 * entries.
 *
 * <p>Tablesaw's {@code Table} scans the class path with ClassGraph, once per JVM, to find its own
 * file readers and writers ({@code tech.tablesaw.io}: CSV and fixed width), which register
 * themselves when loaded. In the CLI's single jar (78,000 entries) that scan took 1.1–1.9 s of
 * wall time and about 1.5 s of CPU in every run, a third of the demo's budget
 * (docs/performance.md, "Demo end to end"). The CLI's jar leaves ClassGraph out, and its shading
 * relocates Tablesaw's references from {@code io.github.classgraph} to this package, which has
 * the three classes and five methods Tablesaw calls, with the same names. Nothing else in the jar
 * uses ClassGraph. The library modules keep the real ClassGraph: this package is for the jar the
 * CLI ships, where cloudcost is the application.
 *
 * <pre>{@code
 * try (ScanResult r = new ClassGraph().enableAllInfo().whitelistPackages("tech.tablesaw.io").scan()) {
 *     List<String> readers = r.getClassesImplementing("tech.tablesaw.io.DataReader").getNames();
 *     // [tech.tablesaw.io.csv.CsvReader, tech.tablesaw.io.fixed.FixedWidthReader]
 * }
 * }</pre>
 *
 * <p>{@code ClassGraphStandInTest} checks that it finds what ClassGraph finds, in jars and in
 * class folders; {@code .ci/run} checks that Tablesaw's CSV reader and writer work in the jar.
 */
package org.cloudcost.cli.internal.tablesaw;
