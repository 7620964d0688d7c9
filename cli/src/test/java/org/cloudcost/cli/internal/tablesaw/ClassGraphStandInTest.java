package org.cloudcost.cli.internal.tablesaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stand-in finds what the real ClassGraph (on this test class path as Tablesaw's dependency)
 * finds for the same search: in a jar (Tablesaw's) and in class folders (this module's classes and
 * test classes). ClassGraph also lists a class from outside the packages that a class of theirs
 * refers to (picocli's {@code HelpCommand}, named in {@code Cloudcost}'s annotation); the stand-in
 * lists only the packages' own classes, so those are left out of the comparison.
 */
class ClassGraphStandInTest {

    @Test
    void findsTablesawsReadersAndWritersInItsJarAsClassGraphDoes() {
        List<String> readers = standIn("tech.tablesaw.io.DataReader", "tech.tablesaw.io");
        List<String> writers = standIn("tech.tablesaw.io.DataWriter", "tech.tablesaw.io");

        assertThat(readers).contains("tech.tablesaw.io.csv.CsvReader", "tech.tablesaw.io.fixed.FixedWidthReader")
                .isEqualTo(classGraph("tech.tablesaw.io.DataReader", "tech.tablesaw.io"));
        assertThat(writers).contains("tech.tablesaw.io.csv.CsvWriter", "tech.tablesaw.io.fixed.FixedWidthWriter")
                .isEqualTo(classGraph("tech.tablesaw.io.DataWriter", "tech.tablesaw.io"));
    }

    @Test
    void findsClassesInClassFoldersAndSubpackagesAsClassGraphDoes() {
        List<String> commands = standIn("java.util.concurrent.Callable", "org.cloudcost.cli");

        assertThat(commands).contains("org.cloudcost.cli.AnalyzeCommand", "org.cloudcost.cli.DemoCommand")
                .isEqualTo(classGraph("java.util.concurrent.Callable", "org.cloudcost.cli"));
        assertThat(standIn("java.lang.AutoCloseable", "org.cloudcost.cli.internal"))
                .contains("org.cloudcost.cli.internal.tablesaw.ScanResult")
                .isEqualTo(classGraph("java.lang.AutoCloseable", "org.cloudcost.cli.internal"));
    }

    @Test
    void searchesEveryPackageGivenAndListsEachClassOnce() {
        List<String> both = standIn("java.util.concurrent.Callable", "org.cloudcost.cli", "org.cloudcost.cli", "tech.tablesaw.io");

        assertThat(both).doesNotHaveDuplicates().isSorted()
                .isEqualTo(classGraph("java.util.concurrent.Callable", "org.cloudcost.cli", "tech.tablesaw.io"));
    }

    @Test
    void anInterfaceThatIsNotOnTheClassPathOrAPackageThatIsNotFindsNothing() {
        assertThat(standIn("tech.tablesaw.io.NoSuchInterface", "tech.tablesaw.io")).isEmpty();
        assertThat(standIn("java.util.concurrent.Callable", "org.cloudcost.no.such.pkg")).isEmpty();
    }

    private static List<String> standIn(String iface, String... packages) {
        try (ScanResult r = new ClassGraph().enableAllInfo().whitelistPackages(packages).scan()) {
            return r.getClassesImplementing(iface).getNames();
        }
    }

    @SuppressWarnings("deprecation") // whitelistPackages: the name Tablesaw 0.44 calls
    private static List<String> classGraph(String iface, String... packages) {
        try (io.github.classgraph.ScanResult r = new io.github.classgraph.ClassGraph().enableAllInfo().whitelistPackages(packages).scan()) {
            List<String> names = new ArrayList<>();
            for (String name : r.getClassesImplementing(iface).getNames()) {
                for (String p : packages) {
                    if (name.startsWith(p + ".")) {
                        names.add(name);
                        break;
                    }
                }
            }
            names.sort(null);
            return names;
        }
    }
}
