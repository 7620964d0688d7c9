package org.cloudcost.cli.internal.tablesaw;

import java.util.List;

/**
 * Class names a {@link ScanResult} found, under the name of the ClassGraph class Tablesaw reads
 * them from.
 *
 * <pre>{@code
 * List<String> names = result.getClassesImplementing("tech.tablesaw.io.DataReader").getNames();
 * }</pre>
 */
public final class ClassInfoList {
    private final List<String> names;

    ClassInfoList(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The classes' binary names, sorted. */
    public List<String> getNames() {
        return names;
    }
}
