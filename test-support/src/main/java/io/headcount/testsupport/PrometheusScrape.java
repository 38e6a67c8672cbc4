package io.headcount.testsupport;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One scrape of {@code /actuator/prometheus}, as the Prometheus text format's sample lines. */
public record PrometheusScrape(List<String> samples) {

    /** On an application's own port metrics need a token (any signed-in caller's); anonymous callers get 401. */
    public static PrometheusScrape of(String baseUrl) {
        Api.Response response = Api.at(baseUrl).as("alice").header("Accept", "text/plain")
                .get("/actuator/prometheus");
        assertThat(response.status()).as(baseUrl + ": " + response.body()).isEqualTo(200);
        return new PrometheusScrape(response.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .toList());
    }

    public Set<String> names() {
        return samples.stream().map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }

    /** The sum of the samples of {@code name} whose labels contain {@code labelMatch}. */
    public double sum(String name, String labelMatch) {
        return samples.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labelMatch))
                .mapToDouble(PrometheusScrape::value).sum();
    }

    /**
     * The cumulative bucket counts of histogram {@code name} by upper bound in its unit ({@code +Inf} as infinity),
     * summed over the series whose labels contain {@code labelMatch}.
     */
    public TreeMap<Double, Double> buckets(String name, String labelMatch) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        samples.stream().filter(line -> line.startsWith(name + "_bucket{")).filter(line -> line.contains(labelMatch))
                .forEach(line -> {
                    int from = line.indexOf("le=\"") + 4;
                    String bound = line.substring(from, line.indexOf('"', from));
                    buckets.merge(bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound),
                            value(line), Double::sum);
                });
        return buckets;
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
