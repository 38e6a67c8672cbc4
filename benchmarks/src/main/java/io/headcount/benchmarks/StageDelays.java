package io.headcount.benchmarks;

import io.headcount.testsupport.Api;

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

    private record Stage(Api service, String histogram, String labels) {
    }

    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, TreeMap<Double, Double>> marked = new LinkedHashMap<>();

    /** {@code labels}: a label the series must carry, e.g. {@code type="io.headcount...v1"}; "" for any. */
    StageDelays stage(String name, Api service, String histogram, String labels) {
        stages.put(name, new Stage(service.header("Accept", "text/plain"), histogram, labels));
        return this;
    }

    StageDelays mark() {
        stages.forEach((name, stage) -> marked.put(name, buckets(stage)));
        return this;
    }

    /** e.g. {@code "outbox n=2981 p50 ≤ 0.010 s p99 ≤ 0.050 s; ..."} since {@link #mark}. */
    String sinceMark() {
        List<String> parts = new ArrayList<>();
        stages.forEach((name, stage) -> {
            TreeMap<Double, Double> now = buckets(stage);
            TreeMap<Double, Double> then = marked.getOrDefault(name, new TreeMap<>());
            TreeMap<Double, Double> phase = new TreeMap<>();
            now.forEach((le, count) -> phase.put(le, count - then.getOrDefault(le, 0.0)));
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

    /** Cumulative counts by upper bound (seconds), summed over the matching series. */
    private static TreeMap<Double, Double> buckets(Stage stage) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = stage.histogram() + "_bucket{";
        for (String line : stage.service().get("/actuator/prometheus").body().split("\n")) {
            if (!line.startsWith(prefix) || !line.contains(stage.labels())) {
                continue;
            }
            int le = line.indexOf("le=\"") + 4;
            String bound = line.substring(le, line.indexOf('"', le));
            double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            buckets.merge(bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound), count,
                    Double::sum);
        }
        return buckets;
    }
}
