/**
 * The Alibaba Cloud bill-detail CSV export as a billing format of core's registry:
 * {@link org.cloudcost.aliyun.bill.AliyunBillCsvFormat} (id {@code aliyun-bill}), found through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read().billing(Path.of("bill-2026-10.csv")).load();
 * ds.spend().totalBilledCost();   // the sum of 应付金额 (Pretax Amount)
 * }</pre>
 *
 * <p>Column mapping, encodings and product-code table: {@code docs/aliyun-bill.md}.
 */
package org.cloudcost.aliyun.bill;
