import java.io.StringReader;
import java.io.StringWriter;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.fixed.FixedWidthReadOptions;
import tech.tablesaw.io.fixed.FixedWidthWriteOptions;

/**
 * Run by .ci/run on the CLI's shaded jar ({@code java -cp cli/target/cloudcost.jar
 * cli/src/test/jar/TablesawIoInJar.java}): Tablesaw's own CSV and fixed-width readers and writers
 * are registered there, although the jar's Table initializer finds them through cloudcost's
 * stand-in for ClassGraph (org.cloudcost.cli.internal.tablesaw). Exits 1 with the reason if not.
 */
public class TablesawIoInJar {
    public static void main(String[] args) throws Exception {
        Table t = Table.read().usingOptions(CsvReadOptions.builder(new StringReader("service,cost\necs,12.5\noss,3\n")));
        StringWriter csv = new StringWriter();
        t.write().csv(csv);
        check(t.rowCount() == 2 && csv.toString().startsWith("service,cost"), "Table.read().csv and write().csv: " + csv);
        check(Table.defaultReaderRegistry.getReaderForExtension("csv").isPresent(), "no Tablesaw reader for .csv");
        check(Table.defaultWriterRegistry.getWriterForExtension("csv") != null, "no Tablesaw writer for .csv");
        check(registered(() -> Table.defaultReaderRegistry.getReaderForOptions(FixedWidthReadOptions.builder(new StringReader("")).build())),
                "no Tablesaw fixed-width reader");
        check(registered(() -> Table.defaultWriterRegistry.getWriterForOptions(FixedWidthWriteOptions.builder(new StringWriter()).build())),
                "no Tablesaw fixed-width writer");
        System.out.println("ok: Tablesaw's csv and fixed readers and writers are registered in the jar");
    }

    /** Whether the registry found one: it throws when none is registered for the options. */
    private static boolean registered(java.util.function.Supplier<?> lookup) {
        try {
            return lookup.get() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            System.err.println("TablesawIoInJar: " + problem);
            System.exit(1);
        }
    }
}
