package org.cloudcost.aliyun.bss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cloudcost.core.CloudcostException;
import org.junit.jupiter.api.Test;

class FloatMoneyTest {
    @Test
    void aFloatReadsBackAsTheDecimalTheApiSent() {
        assertThat(FloatMoney.exact(0.1f)).isEqualTo(new BigDecimal("0.1"));
        assertThat(FloatMoney.exact(42.24f)).isEqualTo(new BigDecimal("42.24"));
        assertThat(FloatMoney.exact(131_071.99f)).isEqualTo(new BigDecimal("131071.99"));
        assertThat(FloatMoney.exact(null)).isEqualTo(BigDecimal.ZERO);
        assertThat(new BigDecimal(0.1f)).isNotEqualTo(new BigDecimal("0.1"));   // the trap avoided
    }

    @Test
    void aThousandTimesOneTenthIsExactlyOneHundred() {
        MoneyTotal total = new MoneyTotal();
        for (int i = 0; i < 1000; i++) {
            total.add(BssMoney.ofFloat(0.1f));
        }
        assertThat(total.sum()).isEqualByComparingTo("100.00");
        assertThat(total.sum().subtract(new BigDecimal("100"))).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theStorageErrorIsHalfTheFloatSpacing() {
        assertThat(FloatMoney.storageError(850_000f)).isEqualByComparingTo("0.03125");
        assertThat(FloatMoney.storageError(1f)).isEqualByComparingTo(new BigDecimal(Math.ulp(1f) / 2.0));
        assertThat(FloatMoney.storageError(null)).isEqualByComparingTo(BigDecimal.ZERO);
        // above 2^17 a float cannot hold every cent: 262144.37 is stored as 262144.375
        assertThat(FloatMoney.exact(262_144.37f)).isNotEqualByComparingTo("262144.37");
        assertThat(FloatMoney.exact(262_144.37f).subtract(new BigDecimal("262144.37")).abs())
                .isLessThanOrEqualTo(FloatMoney.storageError(262_144.37f));
    }

    @Test
    void notANumberIsNoMoney() {
        assertThatThrownBy(() -> FloatMoney.exact(Float.NaN)).isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud BSS returned the amount NaN, which is not a number of money");
    }
}
