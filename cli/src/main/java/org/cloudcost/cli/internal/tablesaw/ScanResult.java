package org.cloudcost.cli.internal.tablesaw;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes a {@link ClassGraph} search found, under the name of the ClassGraph class Tablesaw
 * reads its readers and writers from.
 *
 * <pre>{@code
 * List<String> writers = result.getClassesImplementing("tech.tablesaw.io.DataWriter").getNames();
 * }</pre>
 */
public final class ScanResult implements AutoCloseable {
    private final ClassLoader loader;
    private final List<String> classes;

    ScanResult(ClassLoader loader, List<String> classes) {
        this.loader = loader;
        this.classes = classes;
    }

    /**
     * The classes found, not interfaces or annotations, that implement the interface named
     * {@code interfaceName} directly or through a superclass or subinterface; none when the
     * interface is not on the class path. Each is loaded (not initialized) to ask; one that cannot
     * be loaded is left out (ClassGraph, which reads class files instead of loading them, would list
     * it, and Tablesaw's initializer would then fail on it).
     */
    public ClassInfoList getClassesImplementing(String interfaceName) {
        Class<?> type;
        try {
            type = Class.forName(interfaceName, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return new ClassInfoList(List.of());
        }
        List<String> found = new ArrayList<>();
        for (String name : classes) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (c != type && !c.isInterface() && type.isAssignableFrom(c)) {
                    found.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable with this class path: no use to Tablesaw either
            }
        }
        return new ClassInfoList(found);
    }

    /** Nothing to release: kept for Tablesaw's try-with-resources. */
    @Override
    public void close() {
    }
}
