package org.cloudcost.parquet.internal.decode;

/**
 * The bytes are not Parquet as its specification writes it (a footer or a page cut short, an
 * unknown code): the reader turns it into an {@link org.cloudcost.core.InputException} naming
 * the file.
 */
public final class ParquetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described in one line. */
    public ParquetFormatException(String message) {
        super(message);
    }
}
