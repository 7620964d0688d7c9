package org.cloudcost.aws;

/**
 * Told how far an {@link AwsPull} is, phase by phase (billing, inventory, usage, storage), for a
 * progress bar. Called on the pulling thread; implementations must be cheap.
 *
 * <pre>{@code
 * PullListener printing = new PullListener() {
 *     public void phase(String name, int steps) { System.err.println(name + ": " + steps + " step(s)"); }
 *     public void step(String done) { System.err.println("  " + done); }
 *     public void phaseDone(String name) { }
 * };
 * }</pre>
 */
public interface PullListener {
    /** A listener that does nothing. */
    PullListener NONE = new PullListener() {
        @Override
        public void phase(String name, int steps) {
        }

        @Override
        public void step(String done) {
        }

        @Override
        public void phaseDone(String name) {
        }
    };

    /** The phase {@code name} starts and will take {@code steps} steps. */
    void phase(String name, int steps);

    /** One step of the current phase is done; {@code done} says which ({@code us-east-1}). */
    void step(String done);

    /** The phase is over. */
    void phaseDone(String name);
}
