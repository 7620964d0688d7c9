/**
 * Alibaba Cloud billing from the BSS OpenAPI (2017-12-14): {@link org.cloudcost.aliyun.bss.AliyunBillingPull}
 * pages {@code DescribeInstanceBill} day by day into a FOCUS billing file and reconciles it with
 * {@code QueryBillOverview}; {@link org.cloudcost.aliyun.bss.BssApi} is the narrow interface in
 * front of the tea client, {@link org.cloudcost.aliyun.bss.TeaBssApi} the real one.
 *
 * <pre>{@code
 * BssPullReport report = new AliyunBillingPull(new TeaBssApi(client), AliyunCalls.withDefaults())
 *         .pull(YearMonth.of(2026, 10), Path.of("focus-2026-10.csv"));
 * }</pre>
 */
package org.cloudcost.aliyun.bss;
