package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.format.CsvHeader;

/**
 * Where the storage CSV's columns are, matched by name without regard to case:
 * {@code Bucket}, {@code StorageClass} and {@code SizeBytes} are mandatory, the others
 * optional (-1 when missing, read as absent values).
 *
 * <pre>{@code
 * StorageColumns c = StorageColumns.of(csv.header());
 * }</pre>
 */
record StorageColumns(int bucket, int prefix, int storageClass, int sizeBytes, int objectCount, int lastModified,
                      int lastAccessed) {

    /** Locates the columns in {@code header}. */
    static StorageColumns of(CsvHeader header) {
        return new StorageColumns(header.require("Bucket"), header.indexOf("Prefix"), header.require("StorageClass"),
                header.require("SizeBytes"), header.indexOf("ObjectCount"), header.indexOf("LastModified"),
                header.indexOf("LastAccessed"));
    }
}
