package org.cloudcost.bench;

import java.lang.reflect.Method;

import org.cloudcost.bench.internal.PeakRss;

/**
 * Runs another program's {@code main} in this JVM and prints this process's peak RSS on stderr
 * as it exits, however it exits ({@code System.exit} included): how the driver learns the peak
 * memory of a process it cannot change, the CLI. Depends on nothing but the JDK, so it can sit
 * on the class path behind the CLI's shaded jar.
 *
 * <pre>
 * java -cp cli/target/cloudcost.jar:bench/target/classes org.cloudcost.bench.WithPeakRss \
 *      org.cloudcost.cli.Cloudcost demo --out /tmp/demo
 * ...
 * PEAK_RSS_KB=650112
 * </pre>
 */
public final class WithPeakRss {
    /** The prefix of the stderr line this wrapper prints last. */
    public static final String MARK = "PEAK_RSS_KB=";

    private WithPeakRss() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: WithPeakRss MAIN_CLASS [ARGS...]");
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.flush();
            System.err.println(MARK + PeakRss.kilobytes());
        }));
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        try {
            main.invoke(null, (Object) rest);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
