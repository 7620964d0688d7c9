package org.cloudcost.cli.internal.tablesaw;

import java.util.ArrayList;
import java.util.List;

/**
 * The start of a search for classes by package, under the name of the ClassGraph class that
 * Tablesaw's {@code Table} initializer creates (the CLI's shading points it here; see the
 * package's documentation).
 *
 * <pre>{@code
 * ScanResult r = new ClassGraph().enableAllInfo().whitelistPackages("tech.tablesaw.io").scan();
 * }</pre>
 */
public final class ClassGraph {
    private final List<String> packages = new ArrayList<>();

    /** Kept for Tablesaw's call: this finder reads class names only, so there is nothing to enable. */
    public ClassGraph enableAllInfo() {
        return this;
    }

    /** Limits the search to these packages and their subpackages (ClassGraph's meaning). */
    public ClassGraph whitelistPackages(String... names) {
        packages.addAll(List.of(names));
        return this;
    }

    /**
     * Lists the classes of the packages, from every jar or folder of the context class loader
     * (else this class's) that holds them.
     */
    public ScanResult scan() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : ClassGraph.class.getClassLoader();
        return new ScanResult(loader, PackageClasses.of(packages, loader));
    }
}
