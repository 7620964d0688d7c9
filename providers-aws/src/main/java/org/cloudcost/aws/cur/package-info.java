/**
 * The AWS Cost and Usage Report as billing formats of core's registry, found through
 * {@link java.util.ServiceLoader}: {@link org.cloudcost.aws.cur.CurCsvFormat} (legacy CUR,
 * id {@code aws-cur}) and {@link org.cloudcost.aws.cur.Cur2CsvFormat} (CUR 2.0, id
 * {@code aws-cur2}), CSV plain or gzip; {@link org.cloudcost.aws.cur.AwsServiceCategories} maps
 * AWS product codes to FOCUS service categories.
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read().billing(Path.of("cur-2026-10.csv.gz")).load();
 * ds.spend().totalBilledCost();   // the exact sum of lineItem/UnblendedCost
 * }</pre>
 *
 * <p>Column mapping, cost-column choice and product-code table: {@code docs/aws-cur.md}.
 */
package org.cloudcost.aws.cur;
