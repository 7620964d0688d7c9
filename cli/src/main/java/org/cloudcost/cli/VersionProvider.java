package org.cloudcost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The project version for {@code --version}, from {@code version.properties} (filtered by Maven
 * at build time, so it is right in tests and in the jar alike), else from the jar manifest.
 *
 * <pre>{@code
 * $ cloudcost --version
 * cloudcost 0.1.0-SNAPSHOT
 * Java 17.0.15 (Debian), Linux amd64
 * }</pre>
 */
public final class VersionProvider implements IVersionProvider {

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} when neither source has it. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String manifest = VersionProvider.class.getPackage().getImplementationVersion();
        return manifest == null ? "unknown" : manifest;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "cloudcost " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
