package org.cloudcost.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;

class ProductCategoriesTest {
    @Test
    void theIssuesMappingAndCaseInsensitiveCodes() {
        assertThat(ProductCategories.of("ecs")).isEqualTo("Compute");
        assertThat(ProductCategories.of("rds")).isEqualTo("Databases");
        assertThat(ProductCategories.of("POLARDB")).isEqualTo("Databases");
        assertThat(ProductCategories.of(" oss ")).isEqualTo("Storage");
        assertThat(ProductCategories.of("nas")).isEqualTo("Storage");
        for (String net : new String[] {"eip", "cbwp", "cdn", "nat", "slb"}) {
            assertThat(ProductCategories.of(net)).as(net).isEqualTo("Networking");
        }
        assertThat(ProductCategories.of("no-such-product")).isEqualTo("Other");
        assertThat(ProductCategories.of(null)).isEqualTo("Other");
    }

    @Test
    void everyCategoryIsAFocusServiceCategory() {
        assertThat(BillingFrame.SERVICE_CATEGORIES).containsAll(ProductCategories.table().values());
    }
}
