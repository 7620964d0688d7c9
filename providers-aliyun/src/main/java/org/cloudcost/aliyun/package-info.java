/**
 * Alibaba Cloud adapters for cloudcost. <em>Not built yet</em> (issue "providers-aliyun").
 *
 * <p>This package will hold the bill-detail CSV format (Chinese and English headers, UTF-8 or
 * GBK), the BSS OpenAPI, CloudMonitor, ECS/RDS/OSS/EIP inventory sources and the Alibaba
 * Cloud price catalog. Until then, Alibaba Cloud users can feed cloudcost the FOCUS export of
 * bill subscription, which {@code cost-core} reads.
 */
package org.cloudcost.aliyun;
