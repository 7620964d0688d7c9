/**
 * A rule of your own, added to cloudcost without changing it: {@link
 * org.cloudcost.samples.customrule.ExpiredEnvironmentRule} flags resources still billed after the
 * date of their {@code expires} tag.
 *
 * <p><b>In a program</b>, pass the rules to the analysis:
 *
 * <pre>{@code
 * List<Rule> all = new ArrayList<>(RuleRegistry.load().rules());   // the built-in rules
 * all.add(new ExpiredEnvironmentRule());
 * AnalysisResult result = Analysis.of(dataset).withRules(RuleRegistry.of(all)).run();
 * result.findings().forRule("expired-environment").list();
 * }</pre>
 *
 * <p><b>For the command line</b>, ship the rule as a jar that lists it as a service, and put the
 * jar on the class path next to {@code cloudcost.jar}; {@code RuleRegistry.load()} finds it through
 * {@link java.util.ServiceLoader}, so {@code analyze}, {@code rules list} and the
 * {@code rules:} section of {@code cloudcost.yaml} know it:
 *
 * <pre>
 * my-rules.jar
 *   com/example/ExpiredEnvironmentRule.class          (public, with a public no-argument constructor)
 *   META-INF/services/org.cloudcost.core.rules.Rule   (one line: com.example.ExpiredEnvironmentRule)
 *
 * java -cp cli/target/cloudcost.jar:my-rules.jar org.cloudcost.cli.Cloudcost rules list
 * java -cp cli/target/cloudcost.jar:my-rules.jar org.cloudcost.cli.Cloudcost analyze --billing bill.csv --inventory inventory.csv
 *
 * # cloudcost.yaml
 * rules:
 *   expired-environment:
 *     thresholds: {graceDays: 14}
 * </pre>
 *
 * <p>({@code java -jar} ignores {@code -cp}: name the main class as above.) This module does not
 * list the rule in its own {@code META-INF/services}: the CLI ships the samples, and the example
 * must not become a rule of the product. {@code CustomRuleTest} builds such a services file and
 * loads it through a class loader, as the JVM does for the jar.
 */
package org.cloudcost.samples.customrule;
