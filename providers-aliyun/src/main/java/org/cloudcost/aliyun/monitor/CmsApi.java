package org.cloudcost.aliyun.monitor;

import com.aliyun.cms20190101.models.DescribeMetricListResponseBody;

/**
 * The one CloudMonitor (CMS 2019-01-01) call cloudcost makes, behind an interface of ours so
 * that {@link AliyunMetricsPull} can be tested with a hand-written fake. The real one is
 * {@link TeaCmsApi} over the tea SDK client.
 *
 * <pre>{@code
 * CmsApi cms = new TeaCmsApi(new com.aliyun.cms20190101.Client(config), AliyunCalls.withDefaults());
 * DescribeMetricListResponseBody page = cms.describeMetricList("acs_ecs_dashboard", "CPUUtilization",
 *         "[{\"instanceId\":\"i-1\"}]", "2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z", "300", null, "1000");
 * page.getDatapoints();   // a JSON array in a string
 * }</pre>
 */
public interface CmsApi {
    /**
     * One page of {@code DescribeMetricList}.
     *
     * @param namespace      {@code acs_ecs_dashboard}, {@code acs_rds_dashboard}, …
     * @param metricName     {@code CPUUtilization}, {@code CpuUsage}, …
     * @param dimensionsJson the resources, a JSON array such as {@code [{"instanceId":"i-1"},{"instanceId":"i-2"}]}
     * @param startTime      exclusive start, {@code YYYY-MM-DDThh:mm:ssZ}
     * @param endTime        inclusive end, {@code YYYY-MM-DDThh:mm:ssZ}
     * @param period         seconds per data point ({@code 300})
     * @param nextToken      {@code null} for the first page, else the previous page's {@code NextToken}
     * @param length         data points per page ({@code 1000})
     * @return the response body, whose {@code Code} is {@code "200"}
     * @throws org.cloudcost.core.CloudcostException on any API error (one line), after retrying throttling
     */
    DescribeMetricListResponseBody describeMetricList(String namespace, String metricName, String dimensionsJson,
                                                      String startTime, String endTime, String period,
                                                      String nextToken, String length);
}
