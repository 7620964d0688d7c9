package org.cloudcost.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Bad input: a file cloudcost cannot read as what it claims to be. The message is one line
 * that names the file, the line and the column, and says what was expected, so that a
 * command-line user can fix the input without a stack trace:
 *
 * <pre>{@code
 * try {
 *     CostDataset.read().billing(Path.of("bill.csv")).load();
 * } catch (InputException e) {
 *     System.err.println(e.getMessage());
 *     // bill.csv:12:2 (BilledCost): expected a decimal number, found "twelve"
 * }
 * }</pre>
 *
 * <p>{@link #line()} and {@link #column()} are 1-based; 0 means "not applicable" (an empty
 * file has no line, a corrupt gzip stream no column).
 */
public final class InputException extends CloudcostException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String columnName;
    private final String problem;

    /**
     * Creates an error positioned in a file.
     *
     * @param file the file as the user named it
     * @param line 1-based physical line, or 0
     * @param column 1-based column (field) number, or 0
     * @param columnName the header name of that column, or null
     * @param problem what is wrong and what was expected
     */
    public InputException(String file, long line, int column, String columnName, String problem) {
        super(format(file, line, column, columnName, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.problem = problem;
    }

    /** Creates an error about a whole file (no line or column). */
    /** A problem with a whole input named by text (a stream: {@code s3://bucket/key}), not one of its lines. */
    public static InputException ofFile(String name, String problem) {
        return new InputException(name, 0, 0, null, problem);
    }

    public static InputException ofFile(Path file, String problem) {
        return new InputException(file.toString(), 0, 0, null, problem);
    }

    private static String format(String file, long line, int column, String columnName, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (columnName != null && !columnName.isEmpty()) {
            sb.append(" (").append(columnName).append(')');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** 1-based column number, 0 when the problem concerns a whole line or file. */
    public int column() {
        return column;
    }

    /** The header name of the column, when known. */
    public Optional<String> columnName() {
        return Optional.ofNullable(columnName);
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
