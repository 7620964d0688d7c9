package org.cloudcost.aliyun.bss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

class BssMoneyTest {
    @Test
    void aJsonNumberIsExactToTheCentWhereTheFloatIsNot() {
        BssMoney json = BssMoney.ofJson(1234567.89, 1234567.89f);
        BssMoney model = BssMoney.ofFloat(1234567.89f);

        assertThat(json.value()).isEqualByComparingTo("1234567.89");
        assertThat(json.error()).isLessThan(new java.math.BigDecimal("0.000001"));
        assertThat(model.value()).isEqualByComparingTo("1234567.9");
        assertThat(model.error()).isEqualByComparingTo("0.0625");
    }

    @Test
    void integersStringsAndMissingValues() {
        assertThat(BssMoney.ofJson(-5L, -5f).value()).isEqualByComparingTo("-5");
        assertThat(BssMoney.ofJson(" 42.240 ", null).value()).isEqualByComparingTo("42.24");
        assertThat(BssMoney.ofJson(null, 0.1f).value()).isEqualByComparingTo("0.1");   // the model's float, read as Float.toString
        assertThat(BssMoney.ofJson(null, null)).isEqualTo(BssMoney.ZERO);
        assertThatThrownBy(() -> BssMoney.ofJson("abc", null)).isInstanceOf(CloudcostException.class)
                .hasMessageContaining("\"abc\"");
    }
}
