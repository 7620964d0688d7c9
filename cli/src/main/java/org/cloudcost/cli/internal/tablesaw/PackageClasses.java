package org.cloudcost.cli.internal.tablesaw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The binary names of the classes in some packages and their subpackages, from every jar and
 * class folder where the class loader finds the package's folder ({@link ClassLoader#getResources}):
 * only the entries under that folder are looked at, and no class is loaded.
 *
 * <pre>{@code
 * List<String> names = PackageClasses.of(List.of("tech.tablesaw.io"), loader);
 * // [tech.tablesaw.io.AddCellToColumnException, ..., tech.tablesaw.io.fixed.FixedWidthWriter, ...]
 * }</pre>
 *
 * <p>A jar lists its folders as entries when Maven or its shade plugin writes it, as the CLI's
 * does; a package in a jar without folder entries is not found.
 */
final class PackageClasses {
    private static final String SUFFIX = ".class";

    private PackageClasses() {
    }

    /** The classes of {@code packages} that {@code loader} finds, sorted and each once. */
    static List<String> of(List<String> packages, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        for (String p : packages) {
            String folder = p.replace('.', '/') + "/";
            try {
                for (URL url : Collections.list(loader.getResources(folder))) {
                    switch (url.getProtocol()) {
                        case "jar" -> inJar(url, folder, names);
                        case "file" -> inFolder(Path.of(url.toURI()), p, names);
                        default -> {
                            // jrt: and other schemes hold no application classes
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the classes of " + p + ": " + e.getMessage(), e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot list the classes of " + p + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(names);
    }

    private static void inJar(URL url, String folder, TreeSet<String> names) throws IOException, URISyntaxException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        Path jar = Path.of(connection.getJarFileURL().toURI());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(folder) && isClass(n))
                    .forEach(n -> names.add(n.substring(0, n.length() - SUFFIX.length()).replace('/', '.')));
        }
    }

    private static void inFolder(Path folder, String pkg, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> Files.isRegularFile(f) && isClass(f.getFileName().toString())).forEach(f -> {
                String relative = folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                names.add(pkg + "." + relative.substring(0, relative.length() - SUFFIX.length()));
            });
        }
    }

    private static boolean isClass(String name) {
        return name.endsWith(SUFFIX) && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
    }
}
