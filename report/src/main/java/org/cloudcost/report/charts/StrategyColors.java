package org.cloudcost.report.charts;

import java.awt.Color;

import org.cloudcost.core.rules.Strategy;

/** One fixed palette colour per strategy, so a strategy looks the same on every chart. */
final class StrategyColors {
    private StrategyColors() {
    }

    static Color of(Strategy strategy) {
        return ChartStyle.PALETTE[strategy.ordinal() % ChartStyle.PALETTE.length];
    }
}
