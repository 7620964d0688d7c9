/**
 * The {@code cloudcost} command line: one picocli class per subcommand, no business logic.
 *
 * <pre>{@code
 * java -jar cli/target/cloudcost.jar analyze --billing samples/data/focus-small.csv --out out
 * int exit = Cloudcost.commandLine().execute("formats");
 * }</pre>
 *
 * <p>Commands parse their options, call {@code cost-core} and {@code report}, and print through
 * {@code spec.commandLine().getOut()/getErr()}. {@link org.cloudcost.cli.ErrorHandler} turns
 * failures into one line and an {@link org.cloudcost.cli.ExitCodes exit code}.
 */
package org.cloudcost.cli;
