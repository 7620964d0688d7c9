/**
 * The case-study demo and runnable examples of cloudcost used as a library.
 *
 * <pre>{@code
 * CostDataset month = CaseStudyData.write(Path.of("demo/input")).load();   // the 1.8 M CNY estate
 * AnalysisResult result = month.analyze();
 * }</pre>
 *
 * <p>{@code casestudy}: the estate of the case study ({@code CaseStudyEstate}, on one screen) and
 * its deterministic writer ({@code CaseStudyData}), behind {@code cloudcost demo};
 * {@link org.cloudcost.samples.EmbeddedAnalysis}: the library from another program;
 * {@code customrule}: a rule of one's own, registered through {@code ServiceLoader}. The JShell
 * notebook lives in {@code samples/notebook/}, the small hand-made input files in
 * {@code samples/data/}.
 */
package org.cloudcost.samples;
