package org.cloudcost.core.internal.csv.jmh_generated;
public class CsvKernelsBenchmark_jmhType extends CsvKernelsBenchmark_jmhType_B3 {
}

