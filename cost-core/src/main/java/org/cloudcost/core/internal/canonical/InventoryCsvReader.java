package org.cloudcost.core.internal.canonical;

import java.nio.file.Path;
import java.util.List;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.internal.csv.TokenizedRow;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * Reads inventory CSVs in the canonical layout of FORMATS.md §2, one row per resource:
 * {@code ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,}
 * {@code AttachedTo,BandwidthMbps,BandwidthBilling,Tags}. {@code ResourceId} and
 * {@code ResourceType} are mandatory; a resource listed twice, in one file or across files,
 * is an error.
 *
 * <pre>{@code
 * InventoryFrame inv = InventoryCsvReader.read(List.of(Path.of("inventory.csv")), TagColumns.defaults(), log, ProgressListener.NONE);
 * }</pre>
 */
public final class InventoryCsvReader {
    /** The format id in the read report. */
    static final String FORMAT = "canonical-inventory";

    private InventoryCsvReader() {
    }

    /**
     * Reads the files into one frame, rows in file order.
     *
     * @throws org.cloudcost.core.InputException for the first bad input, naming file, line and column
     */
    public static InventoryFrame read(List<Path> files, TagColumns tags, ReadLog log, ProgressListener progress) {
        InventoryTable table = new InventoryTable(tags);
        ResourceIds seen = new ResourceIds();
        for (Path file : files) {
            try (CsvFile csv = CsvFile.open(file, progress)) {
                InventoryColumns c = InventoryColumns.of(csv.header());
                TokenizedRow row = csv.row();
                int rowsBefore = table.rowCount();
                while (csv.next(log)) {
                    table.append(row, c, seen.claim(row, c.resourceId()));
                }
                log.fileRead(file.toString(), "inventory", FORMAT, csv.dataLines(), table.rowCount() - rowsBefore);
            }
        }
        return table.toFrame();
    }
}
