package org.cloudcost.core.savings;

import java.math.BigDecimal;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;

/** Findings made by hand for the savings-plan tests. */
final class HandFindings {
    private HandFindings() {
    }

    static Finding finding(String rule, Strategy strategy, String resource, String cost, String saving) {
        return finding(rule, strategy, resource, cost, saving, "Compute", "prod", "acct-1");
    }

    static Finding finding(String rule, Strategy strategy, String resource, String cost, String saving, String category,
                           String env, String account) {
        BigDecimal c = new BigDecimal(cost);
        BigDecimal s = new BigDecimal(saving);
        return new Finding(rule, strategy, resource, "compute", category, "ECS", "cn-hangzhou", account, env, c, c, s, s,
                "CNY", "do it", "because", Confidence.HIGH);
    }
}
