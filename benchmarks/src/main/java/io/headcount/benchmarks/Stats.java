package io.headcount.benchmarks;

import java.util.Collection;

/** Percentiles of a set of latencies in milliseconds (p50: the upper median; pN: the value N % stay below or at). */
record Stats(int count, double p50, double p95, double p99, double max) {

    static Stats of(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.length, sorted[sorted.length / 2], at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    @Override
    public String toString() {
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms", count, p50, p95, p99, max);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f", value);
    }
}
