package org.cloudcost.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceTypesTest {

    @Test
    void arnsAreTypedByTheirResourcePart() {
        assertThat(ResourceTypes.ofId("arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0abc", "AmazonEC2")).isEqualTo("nat gateway");
        assertThat(ResourceTypes.ofId("arn:aws:rds:us-east-1:123456789012:db:orders", "AmazonRDS")).isEqualTo("db instance");
        assertThat(ResourceTypes.ofId("arn:aws:rds:us-east-1:123456789012:cluster:ledger", "AmazonRDS")).isEqualTo("db cluster");
        assertThat(ResourceTypes.ofId("arn:aws:ec2:us-east-1:123456789012:snapshot/snap-0abc", "AmazonEC2")).isEqualTo("snapshot");
        assertThat(ResourceTypes.ofId("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188",
                "AWSELB")).isEqualTo("load balancer");
        assertThat(ResourceTypes.ofId("arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE", "AmazonCloudFront"))
                .isEqualTo("distribution");
        assertThat(ResourceTypes.ofId("arn:aws:s3:::media-archive", "AmazonS3")).isEqualTo("bucket");
        assertThat(ResourceTypes.ofId("arn:aws:dynamodb:us-east-1:123456789012:table/orders", "AmazonDynamoDB")).isEqualTo("table");
        assertThat(ResourceTypes.ofId("arn:aws:sns:us-east-1:123456789012:alerts", "AmazonSNS")).isEmpty();   // no type part
        assertThat(ResourceTypes.ofId("arn:aws:kms", "awskms")).isEmpty();
    }

    @Test
    void ec2IdsAreTypedByPrefixAndS3IdsAreBuckets() {
        assertThat(ResourceTypes.ofId("i-0abc", "AmazonEC2")).isEqualTo("instance");
        assertThat(ResourceTypes.ofId("vol-0abc", "AmazonEC2")).isEqualTo("volume");
        assertThat(ResourceTypes.ofId("eipalloc-0abc", "AmazonEC2")).isEqualTo("elastic ip");
        assertThat(ResourceTypes.ofId("nat-0abc", "AmazonEC2")).isEqualTo("nat gateway");
        assertThat(ResourceTypes.ofId("retail-assets", "AmazonS3")).isEqualTo("bucket");
        assertThat(ResourceTypes.ofId("retail-assets", "AmazonCloudWatch")).isEmpty();
    }
}
