package io.headcount.benchmarks;

import io.headcount.testsupport.PrometheusScrape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an event's time goes, from the platform's own histograms on {@code /actuator/prometheus}, over one phase of
 * a benchmark: e.g. the outbox delay (write to broker acknowledgement, in the writing service) and the consumer delay
 * (write to applied, in the consuming service). Percentiles are histogram bucket bounds.
 */
final class StageDelays {

    private record Stage(String baseUrl, String histogram, String labels) {

        TreeMap<Double, Double> buckets() {
            return PrometheusScrape.of(baseUrl).buckets(histogram, labels);
        }
    }

    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, TreeMap<Double, Double>> marked = new LinkedHashMap<>();

    /** {@code labels}: text the series' labels must contain, e.g. an event type; "" for any. */
    StageDelays stage(String name, String baseUrl, String histogram, String labels) {
        stages.put(name, new Stage(baseUrl, histogram, labels));
        return this;
    }

    StageDelays mark() {
        stages.forEach((name, stage) -> marked.put(name, stage.buckets()));
        return this;
    }

    /** e.g. {@code "relay n=2981 p50 ≤ 28 ms p99 ≤ 157 ms; ..."} since {@link #mark}. */
    String sinceMark() {
        List<String> parts = new ArrayList<>();
        stages.forEach((name, stage) -> {
            TreeMap<Double, Double> then = marked.getOrDefault(name, new TreeMap<>());
            TreeMap<Double, Double> phase = new TreeMap<>();
            stage.buckets().forEach((le, count) -> phase.put(le, count - then.getOrDefault(le, 0.0)));
            double total = phase.isEmpty() ? 0 : phase.lastEntry().getValue();
            parts.add(String.format("%s n=%.0f p50 %s p99 %s", name, total, at(phase, total, 0.50),
                    at(phase, total, 0.99)));
        });
        return String.join("; ", parts);
    }

    private static String at(TreeMap<Double, Double> cumulative, double total, double quantile) {
        if (total == 0) {
            return "-";
        }
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= quantile * total) {
                return bucket.getKey().isInfinite() ? "> max bucket" : String.format("≤ %.0f ms", bucket.getKey() * 1000);
            }
        }
        return "-";
    }
}
