/**
 * The bench's plumbing: byte-level line assembly ({@link org.cloudcost.bench.internal.ByteLine}),
 * the seeded random source, generator sidecars, child processes and their result lines, peak
 * RSS, timings. Not an API.
 *
 * <pre>{@code
 * ResultLine r = ResultLine.parse(ChildRun.run(command, log).resultLine());
 * }</pre>
 */
package org.cloudcost.bench.internal;
