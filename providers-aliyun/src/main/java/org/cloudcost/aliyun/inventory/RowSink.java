package org.cloudcost.aliyun.inventory;

import java.io.IOException;

/** Where the per-service inventories put their rows: the CSV writer in a pull, a list in a test. */
@FunctionalInterface
interface RowSink {
    void accept(InventoryRow row) throws IOException;
}
