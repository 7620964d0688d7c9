package org.cloudcost.aws.costexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;

/** The Cost Explorer service table uses FOCUS categories only, matches any case, and splits EC2 - Other by resource. */
class ServiceCategoriesTest {
    @Test
    void everyCategoryIsAFocusServiceCategory() {
        Map<String, String> table = ServiceCategories.table();
        assertThat(table).isNotEmpty();
        assertThat(BillingFrame.SERVICE_CATEGORIES).containsAll(table.values());
        assertThat(table.keySet()).allMatch(k -> k.equals(k.toLowerCase(java.util.Locale.ROOT)), "lower-case keys");
    }

    @Test
    void namesMatchWithoutRegardToCaseAndUnknownIsOther() {
        assertThat(ServiceCategories.of("Amazon Relational Database Service")).isEqualTo("Databases");
        assertThat(ServiceCategories.of(" amazon simple storage service ")).isEqualTo("Storage");
        assertThat(ServiceCategories.of("AWS Something Brand New")).isEqualTo("Other");
        assertThat(ServiceCategories.of(null)).isEqualTo("Other");
    }

    @Test
    void ec2OtherIsSplitByTheResource() {
        assertThat(ServiceCategories.ofResource("EC2 - Other", "vol-0a1b2c3d4e5f60718")).isEqualTo("Storage");
        assertThat(ServiceCategories.ofResource("EC2 - Other", "arn:aws:ec2:us-east-1:011122223333:snapshot/snap-1"))
                .isEqualTo("Storage");
        assertThat(ServiceCategories.ofResource("EC2 - Other", "arn:aws:ec2:us-east-1:011122223333:natgateway/nat-1"))
                .isEqualTo("Networking");
        assertThat(ServiceCategories.ofResource("EC2 - Other", "")).isEqualTo("Compute");
        assertThat(ServiceCategories.ofResource("Amazon Simple Storage Service", "vol-1")).isEqualTo("Storage");
    }

    @Test
    void aServiceIsFiledAsTheCurFilesItsProductCode() {
        assertThat(ServiceCategories.of("Amazon Redshift"))
                .isEqualTo(org.cloudcost.aws.cur.AwsServiceCategories.of("AmazonRedshift", "")).isEqualTo("Databases");
        assertThat(ServiceCategories.of("Amazon Cognito")).isEqualTo("Security");
        assertThat(ServiceCategories.of("AWS Database Migration Service")).isEqualTo("Migration");
        assertThat(ServiceCategories.of("Savings Plans for AWS Compute usage")).isEqualTo("Other");   // ComputeSavingsPlans
        ServiceCategories.table().forEach((name, category) -> assertThat(category).as(name)
                .isEqualTo(org.cloudcost.aws.cur.AwsServiceCategories.of(ServiceCategories.productCode(name), "")));
        assertThat(ServiceCategories.table().entrySet().stream().filter(e -> e.getValue().equals("Other"))
                .map(Map.Entry::getKey)).containsExactly("savings plans for aws compute usage");
    }
}
