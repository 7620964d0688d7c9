package org.cloudcost.core;

/**
 * The base of every exception cloudcost throws on purpose. Its message is one line meant for
 * the person running the tool; {@link InputException} adds the position in a file.
 *
 * <pre>{@code
 * try {
 *     dataset = CostDataset.read().billing(path).load();
 * } catch (CloudcostException e) {
 *     log.error(e.getMessage());   // one line, no stack trace needed
 * }
 * }</pre>
 */
public class CloudcostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what went wrong and what was expected */
    public CloudcostException(String message) {
        super(message);
    }

    /** @param message one line saying what went wrong; {@code cause} the underlying failure */
    public CloudcostException(String message, Throwable cause) {
        super(message, cause);
    }
}
