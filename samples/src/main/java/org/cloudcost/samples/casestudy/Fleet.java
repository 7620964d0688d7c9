package org.cloudcost.samples.casestudy;

/**
 * A group of identical ECS instances of one app and environment.
 *
 * @param app          the {@code app} tag (a production fleet and its test copy share it)
 * @param env          the {@code env} tag: {@code prod} or {@code test}
 * @param count        instances
 * @param spec         the instance type ({@code ecs.g7.4xlarge})
 * @param vcpu         vCPUs of one instance
 * @param memoryGiB    memory of one instance
 * @param diskGiB      size of the ESSD data disk attached to each instance
 * @param load         hourly CPU %, or {@code null} when the instances report no metrics (no agent)
 */
record Fleet(String app, String env, int count, String spec, int vcpu, int memoryGiB, int diskGiB, Load load) {

    /** The family's relative price per vCPU: compute-optimized c7 is cheaper, memory-optimized r7 dearer. */
    double priceWeight() {
        double family = spec.startsWith("ecs.c") ? 0.85 : spec.startsWith("ecs.r") ? 1.30 : 1.00;
        return vcpu * family;
    }
}
