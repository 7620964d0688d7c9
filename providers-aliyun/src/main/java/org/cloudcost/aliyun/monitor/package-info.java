/**
 * Utilization from Alibaba Cloud CloudMonitor (CMS 2019-01-01): {@link
 * org.cloudcost.aliyun.monitor.AliyunMetricsPull} reads ECS and RDS metrics through the narrow
 * {@link org.cloudcost.aliyun.monitor.CmsApi} (real one: {@link org.cloudcost.aliyun.monitor.TeaCmsApi})
 * and writes the canonical usage CSV.
 *
 * <pre>{@code
 * new AliyunMetricsPull(new TeaCmsApi(client, AliyunCalls.withDefaults()))
 *         .pull(ecsIds, rdsIds, start, end, Path.of("out/usage.csv"));
 * }</pre>
 */
package org.cloudcost.aliyun.monitor;
