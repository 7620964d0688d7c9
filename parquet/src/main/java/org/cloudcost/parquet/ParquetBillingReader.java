package org.cloudcost.parquet;

import java.nio.file.Path;

import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.parquet.internal.NativeParquetTable;

/**
 * Parquet billing files (FOCUS, AWS CUR 2.0 Data Exports) for cloudcost, read by cloudcost's own
 * decoder ({@code NativeParquetTable}; in-process DuckDB for the encodings, codecs and types it
 * does not decode): only the columns the bound format's mapper reads, with the amounts summed
 * over the rows that map alike (see {@code docs/parquet.md}). Registered through
 * {@code META-INF/services/org.cloudcost.core.format.ColumnarBillingReader}: with this module on
 * the class path a {@code .parquet} billing file is read like a CSV one.
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read().billing(Path.of("focus-2025-09.parquet")).load();   // recognised by its columns
 * }</pre>
 */
public final class ParquetBillingReader implements ColumnarBillingReader {

    @Override
    public String description() {
        return "Parquet (cloudcost decoder, DuckDB for other encodings)";
    }

    @Override
    public Table open(Path file, String name) {
        return NativeParquetTable.open(file, name);
    }
}
