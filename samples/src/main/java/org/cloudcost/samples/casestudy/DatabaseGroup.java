package org.cloudcost.samples.casestudy;

/**
 * RDS MySQL instances of one role.
 *
 * @param role        {@code primary} or {@code replica} (a read-only instance)
 * @param apps        one app tag per instance
 * @param spec        the instance class
 * @param cores       cores of one instance
 * @param memoryGiB   memory of one instance
 * @param priceWeight the relative monthly price of one instance
 * @param cpu         hourly CPU %
 * @param connections hourly mean connections
 * @param nightlyJob  the one app whose database runs a job at {@code jobHour} China time, or ""
 * @param jobHour     the hour of that job
 */
record DatabaseGroup(String role, java.util.List<String> apps, String spec, int cores, int memoryGiB, double priceWeight,
                     Load cpu, Load connections, String nightlyJob, int jobHour) {
}
