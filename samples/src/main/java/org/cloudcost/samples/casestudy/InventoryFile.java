package org.cloudcost.samples.casestudy;

import static org.cloudcost.samples.casestudy.CaseStudyEstate.REGION;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/** One inventory row per resource, as the ECS, RDS, VPC and OSS APIs describe them. */
final class InventoryFile {
    private InventoryFile() {
    }

    static void write(EstateItems estate, Path file) throws IOException {
        Set<String> written = new HashSet<>();
        try (CsvFileWriter out = CsvFileWriter.create(file, CanonicalCsv.INVENTORY)) {
            for (Item i : estate.items) {
                if (i.inventoryType() == null || !written.add(i.id())) {
                    continue;
                }
                out.row(i.id(), "Alibaba Cloud", i.inventoryType(), REGION, i.spec(), text(i.vcpu()), text(i.memoryGiB()),
                        i.state(), i.createdAt(), i.attachedTo(), text(i.bandwidthMbps()), i.bandwidthBilling(),
                        Tags.json(i.tags()));
            }
        }
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
