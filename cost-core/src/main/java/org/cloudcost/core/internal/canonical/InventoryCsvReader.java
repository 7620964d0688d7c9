package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.internal.read.ReadLog;

/** PLACEHOLDER: being written. */
public final class InventoryCsvReader {
    private InventoryCsvReader() {
    }

    /** Reads the files into one frame. */
    public static org.cloudcost.core.frame.InventoryFrame read(java.util.List<java.nio.file.Path> files, org.cloudcost.core.config.TagColumns tags, ReadLog log, ProgressListener progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
