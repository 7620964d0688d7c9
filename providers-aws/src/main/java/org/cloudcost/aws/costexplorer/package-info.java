/**
 * AWS Cost Explorer as a FOCUS billing file, for accounts without a Cost and Usage Report:
 * {@link org.cloudcost.aws.costexplorer.CostExplorerBilling} (daily cost by service and linked
 * account, optionally by a tag or, for the last 14 days, by resource), the service-name table
 * {@link org.cloudcost.aws.costexplorer.ServiceCategories}, and the pull's report.
 *
 * <pre>{@code
 * CostExplorerReport r = new CostExplorerBilling(aws.costExplorer()).pull(YearMonth.of(2026, 10), Path.of("billing.csv"));
 * }</pre>
 */
package org.cloudcost.aws.costexplorer;
