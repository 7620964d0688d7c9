/**
 * Sample data and runnable examples for cloudcost. <em>The generator is not built yet</em>
 * (issue "case-study demo").
 *
 * <p>This package will hold the deterministic generator of the case-study estate
 * ({@code ../shared/CASE-STUDY.md}), runnable embedding examples and the JShell notebooks
 * under {@code samples/notebook/}. Today the module ships only the small hand-made input
 * files under {@code samples/data/} that the README's first command analyses.
 */
package org.cloudcost.samples;
