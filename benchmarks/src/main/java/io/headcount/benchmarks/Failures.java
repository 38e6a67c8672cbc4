package io.headcount.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** How many failed answers of each kind (a status, an exception), so a failure's kind is on record, not only its count. */
final class Failures {

    private final Map<String, Integer> byKind = new ConcurrentSkipListMap<>();

    void record(String kind) {
        byKind.merge(kind, 1, Integer::sum);
    }

    @Override
    public String toString() {
        return byKind.toString();
    }
}
