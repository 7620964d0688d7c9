package org.cloudcost.core.internal.billing;
final class PhaseT { static final long T0=ProcessHandle.current().info().startInstant().get().toEpochMilli(); static long partGroups; static int parts; static void mark(String s){ if (Boolean.getBoolean("phaset")) System.err.printf("PHASE %-16s %6.2f s%n", s, (System.currentTimeMillis()-T0)/1e3);} }
