package io.headcount.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time per thread group (names with their numbers taken out) between two moments of this JVM: shows whether a
 * phase was bound by one thread (the store's, the relay's) or by the two cores.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> nanosByGroup;

    private ThreadCpu(Map<String, Long> nanosByGroup) {
        this.nanosByGroup = nanosByGroup;
    }

    static ThreadCpu now() {
        Map<String, Long> nanos = new TreeMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            long cpu = THREADS.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                nanos.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu, Long::sum);
            }
        }
        return new ThreadCpu(nanos);
    }

    /** e.g. {@code "total 8.1 s; mongo-server-workerN 3.9 s, main 1.1 s"}. */
    String busiestSince(int groups) {
        Map<String, Long> since = new TreeMap<>();
        now().nanosByGroup.forEach((group, nanos) -> since.put(group, nanos - nanosByGroup.getOrDefault(group, 0L)));
        long total = since.values().stream().mapToLong(Long::longValue).sum();
        return String.format("total %.1f s; ", total / 1e9) + since.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(groups)
                .map(entry -> String.format("%s %.1f s", entry.getKey(), entry.getValue() / 1e9))
                .collect(Collectors.joining(", "));
    }
}
