package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.internal.read.ReadLog;

/** PLACEHOLDER: being written. */
public final class StorageCsvReader {
    private StorageCsvReader() {
    }

    /** Reads the files into one frame. */
    public static org.cloudcost.core.frame.StorageFrame read(java.util.List<java.nio.file.Path> files, ReadLog log, ProgressListener progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
