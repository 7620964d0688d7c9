package org.cloudcost.samples.casestudy;

import static org.cloudcost.samples.casestudy.CaseStudyEstate.BANDWIDTH_MBPS;
import static org.cloudcost.samples.casestudy.CaseStudyEstate.MONTH;
import static org.cloudcost.samples.casestudy.CaseStudyEstate.SEED;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/**
 * Hourly means for the month, as CloudMonitor reports them: CPU and network of every instance
 * with an agent, CPU and connections of every database, and the outbound traffic of the fixed
 * bandwidth. Timestamps are UTC; the loads are read in China time (UTC+8).
 */
final class UsageFile {
    /** Bits per second of network per CPU percent on a busy instance. */
    static final double NETWORK_BPS_PER_CPU_PERCENT = 150_000;
    /** An idle instance's network: the monitoring agent and NTP (well under 5 MB a day). */
    static final double IDLE_NETWORK_BPS = 40;
    private static final double CPU_JITTER = 0.15;
    private static final double TRAFFIC_JITTER = 0.05;

    private UsageFile() {
    }

    static void write(EstateItems estate, Path file) throws IOException {
        LocalDateTime start = MONTH.atDay(1).atStartOfDay();
        int hours = MONTH.lengthOfMonth() * 24;
        // every series has the same hours: their timestamps and China times once, not once per series
        String[] stamps = new String[hours];
        LocalDateTime[] chinaTimes = new LocalDateTime[hours];
        for (int h = 0; h < hours; h++) {
            stamps[h] = stamp(start.plusHours(h));
            chinaTimes[h] = start.plusHours(h + 8L);
        }
        try (CsvFileWriter out = CsvFileWriter.create(file, CanonicalCsv.USAGE)) {
            for (Map.Entry<String, Load> e : estate.cpu.entrySet()) {
                String id = e.getKey();
                Integer jobHour = estate.nightlyJob.get(id);
                Load connections = estate.connections.get(id);
                for (int h = 0; h < hours; h++) {
                    LocalDateTime china = chinaTimes[h];
                    boolean job = jobHour != null && china.getHour() == jobHour;
                    double cpu = job ? 30 : jittered(e.getValue().at(china), Jitter.of(SEED, id, h), CPU_JITTER, 100);
                    String ts = stamps[h];
                    out.row(id, ts, "cpu_percent", one(cpu), "Average", "3600");
                    if (connections != null) {
                        double c = job ? 4 : jittered(connections.at(china), Jitter.of(SEED + 1, id, h), CPU_JITTER, 1e9);
                        out.row(id, ts, "db_connections", one(c), "Average", "3600");
                    } else {
                        double bps = cpu < 2 ? IDLE_NETWORK_BPS : cpu * NETWORK_BPS_PER_CPU_PERCENT;
                        out.row(id, ts, "net_in_bps", zero(bps * 0.4), "Average", "3600");
                        out.row(id, ts, "net_out_bps", zero(bps), "Average", "3600");
                    }
                }
            }
            for (Map.Entry<String, Load> e : estate.traffic.entrySet()) {
                for (int h = 0; h < hours; h++) {
                    double mbps = jittered(e.getValue().at(chinaTimes[h]), Jitter.of(SEED + 2, e.getKey(), h),
                            TRAFFIC_JITTER, BANDWIDTH_MBPS);
                    out.row(e.getKey(), stamps[h], "net_out_bps", zero(mbps * 1e6), "Average", "3600");
                }
            }
        }
    }

    private static double jittered(double level, double jitter, double share, double cap) {
        return Math.min(cap, Math.max(0, level * (1 + share * jitter)));
    }

    private static String stamp(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).toInstant().toString();
    }

    /** One decimal, rounded half up, without String.format's cost (half a million values). */
    private static String one(double v) {
        long tenths = Math.round(v * 10);
        return tenths / 10 + "." + tenths % 10;
    }

    private static String zero(double v) {
        return Long.toString(Math.round(v));
    }
}
