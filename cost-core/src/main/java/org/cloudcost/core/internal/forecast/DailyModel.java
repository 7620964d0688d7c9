package org.cloudcost.core.internal.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.cloudcost.core.forecast.CategoryForecast;

/**
 * The least-squares model behind {@link org.cloudcost.core.forecast.SpendForecast}: trend plus
 * weekday terms (≥ {@link #WEEKLY_MIN_DAYS} days), trend only (≥ {@link #TREND_MIN_DAYS}), or the
 * mean. Weekly seasonality needs three weeks so that each weekday is seen at least three times.
 */
public final class DailyModel {
    /** Days needed before weekday terms are fitted (three of each weekday). */
    static final int WEEKLY_MIN_DAYS = 21;
    /** Days needed before a trend is fitted (one week, so the trend is not a weekday artefact). */
    static final int TREND_MIN_DAYS = 7;
    private static final double CONFIDENCE = 0.95;

    private DailyModel() {
    }

    /** The next calendar month after {@code last}, forecast from {@code days} over {@code first..last}. */
    public static CategoryForecast forecast(String name, Map<LocalDate, Double> days, LocalDate first, LocalDate last) {
        int n = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = days.getOrDefault(first.plusDays(i), 0.0);
        }
        YearMonth next = YearMonth.from(last).plusMonths(1);
        int m = next.lengthOfMonth();
        double[] expectedAndSe;
        String method;
        if (n >= WEEKLY_MIN_DAYS) {
            expectedAndSe = regression(y, first, next, true);
            method = "trend+weekday";
        } else if (n >= TREND_MIN_DAYS) {
            expectedAndSe = regression(y, first, next, false);
            method = "trend";
        } else {
            expectedAndSe = mean(y, m);
            method = "mean";
        }
        double expected = expectedAndSe[0];
        double half = expectedAndSe[1];
        return new CategoryForecast(name, next, money(expected), money(expected - half), money(expected + half), method, n);
    }

    private static double[] regression(double[] y, LocalDate first, YearMonth next, boolean weekly) {
        int n = y.length;
        int k = weekly ? 7 : 1; // regressors besides the intercept: trend (+ 6 weekday dummies)
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = row(i, first.plusDays(i), weekly);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta;
        double sigma;
        try {
            beta = ols.estimateRegressionParameters();
            sigma = n > k + 1 ? Math.sqrt(ols.estimateErrorVariance()) : 0;
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return mean(y, next.lengthOfMonth());
        }
        double sum = 0;
        int m = next.lengthOfMonth();
        LocalDate day = next.atDay(1);
        for (int j = 0; j < m; j++) {
            double[] r = row((int) (day.toEpochDay() - first.toEpochDay()), day, weekly);
            double v = beta[0];
            for (int c = 0; c < r.length; c++) {
                v += beta[c + 1] * r[c];
            }
            sum += v;
            day = day.plusDays(1);
        }
        int dof = n - k - 1;
        double t = dof > 0 ? new TDistribution(dof).inverseCumulativeProbability(0.5 + CONFIDENCE / 2) : 0;
        return new double[] {sum, t * sigma * Math.sqrt(m)};
    }

    /** Trend, then Tuesday..Sunday dummies (Monday is the base). */
    private static double[] row(int index, LocalDate day, boolean weekly) {
        if (!weekly) {
            return new double[] {index};
        }
        double[] r = new double[7];
        r[0] = index;
        int dow = day.getDayOfWeek().getValue(); // 1 = Monday
        if (dow != DayOfWeek.MONDAY.getValue()) {
            r[dow - 1] = 1;
        }
        return r;
    }

    private static double[] mean(double[] y, int m) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double sd = y.length > 1 ? Math.sqrt(ss / (y.length - 1)) : 0;
        double t = y.length > 1 ? new TDistribution(y.length - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2) : 0;
        return new double[] {mean * m, t * sd * Math.sqrt(m)};
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
