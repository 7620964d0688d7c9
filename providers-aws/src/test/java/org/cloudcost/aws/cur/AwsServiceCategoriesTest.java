package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsServiceCategoriesTest {

    @Test
    void productCodesMatchWithoutRegardToCaseAndUnknownCodesAreOther() {
        assertThat(AwsServiceCategories.of("AmazonRDS", "")).isEqualTo("Databases");
        assertThat(AwsServiceCategories.of(" amazons3 ", null)).isEqualTo("Storage");
        assertThat(AwsServiceCategories.of("AWSDataTransfer", "Data Transfer")).isEqualTo("Networking");
        assertThat(AwsServiceCategories.of("AmazonCloudFront", "")).isEqualTo("Networking");
        assertThat(AwsServiceCategories.of("AmazonVPC", "")).isEqualTo("Networking");
        assertThat(AwsServiceCategories.of("AWSNoSuchService", "")).isEqualTo("Other");
        assertThat(AwsServiceCategories.of("", "")).isEqualTo("Other");
        assertThat(AwsServiceCategories.of(null, "Storage")).isEqualTo("Other");
    }

    @Test
    void ec2LinesAreSplitByProductFamily() {
        assertThat(AwsServiceCategories.of("AmazonEC2", "Compute Instance")).isEqualTo("Compute");
        assertThat(AwsServiceCategories.of("AmazonEC2", "")).isEqualTo("Compute");
        assertThat(AwsServiceCategories.of("AmazonEC2", "Storage")).isEqualTo("Storage");
        assertThat(AwsServiceCategories.of("AmazonEC2", "Storage Snapshot")).isEqualTo("Storage");
        assertThat(AwsServiceCategories.of("AmazonEC2", "NAT Gateway")).isEqualTo("Networking");
        assertThat(AwsServiceCategories.of("AmazonEC2", "IP Address")).isEqualTo("Networking");
        // the family refines EC2 only: S3 data transfer stays Storage
        assertThat(AwsServiceCategories.of("AmazonS3", "Data Transfer")).isEqualTo("Storage");
    }

    @Test
    void everyCategoryIsAFocusServiceCategory() {
        assertThat(AwsServiceCategories.table().values())
                .allSatisfy(c -> assertThat(org.cloudcost.core.frame.BillingFrame.SERVICE_CATEGORIES).contains(c));
        assertThat(AwsServiceCategories.table()).containsEntry("AmazonEC2", "Compute").containsEntry("awskms", "Security");
    }
}
