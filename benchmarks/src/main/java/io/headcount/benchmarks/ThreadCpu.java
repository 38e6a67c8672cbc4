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
 * phase was bound by one thread (the store's, the relay's) or by the two cores. The process's own total (GC and JIT
 * compiler threads included) says how many cores a phase kept busy, and the JVM's own threads how much of that was
 * the JIT compiler and the GC.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, Long> nanosByGroup;
    private final long processNanos;
    private final long wallNanos;
    private final JvmThreads jvmThreads;

    private ThreadCpu(Map<String, Long> nanosByGroup) {
        this.nanosByGroup = nanosByGroup;
        this.processNanos = PROCESS.getProcessCpuTime();
        this.wallNanos = System.nanoTime();
        this.jvmThreads = JvmThreads.now();
    }

    /**
     * CPU of the JVM's own threads, which {@link ThreadMXBean} does not list: the JIT compiler's, and the GC's with
     * the VM thread, from {@code /proc} (Linux; null elsewhere). The compilation and collection times the JVM reports
     * are elapsed times, which on saturated cores count the waiting too.
     */
    private record JvmThreads(long compilerNanos, long collectorNanos) {

        private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ: 100 ticks a second

        static JvmThreads now() {
            long compiler = 0;
            long collector = 0;
            try (var tasks = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/task"))) {
                for (java.nio.file.Path task : tasks) {
                    String stat;
                    try {
                        stat = java.nio.file.Files.readString(task.resolve("stat"));
                    } catch (java.io.IOException ended) {
                        continue;
                    }
                    int nameEnd = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
                    String[] fields = stat.substring(nameEnd + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (14, 15)
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        compiler += ticks;
                    } else if (name.startsWith("GC Thread") || name.startsWith("VM Thread")) {
                        collector += ticks;
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
            return new JvmThreads(compiler * NANOS_PER_TICK, collector * NANOS_PER_TICK);
        }

        /** e.g. {@code "JIT compiler 9 %, GC and VM 2 %, "} of {@code processSeconds} since {@code then}. */
        String sharesSince(JvmThreads then, double processSeconds) {
            return String.format("JIT compiler %.0f %%, GC and VM %.0f %%, ",
                    100 * Math.max(0, compilerNanos - then.compilerNanos) / 1e9 / processSeconds,
                    100 * Math.max(0, collectorNanos - then.collectorNanos) / 1e9 / processSeconds);
        }
    }

    /** Waits up to {@code max} until a second passes with less than {@code cores} busy: what a phase left is done. */
    static void awaitQuiet(double cores, java.time.Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            long cpu = PROCESS.getProcessCpuTime();
            long wall = System.nanoTime();
            Thread.sleep(1000);
            if ((PROCESS.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - wall) < cores) {
                return;
            }
        }
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

    /**
     * e.g. {@code "1.96 of 2 cores busy, 13.8 ms of CPU per create; JIT compiler 9 %, GC and VM 2 %,
     * http-nio-auto-N-exec-N 21 %, ..."}: the process's CPU since this moment, per {@code unit} done meanwhile, and
     * the shares of it of the JIT compiler, the GC and the busiest thread groups.
     */
    String perUnitSince(long units, String unit, int groups) {
        double process = (PROCESS.getProcessCpuTime() - processNanos) / 1e9;
        double wall = (System.nanoTime() - wallNanos) / 1e9;
        JvmThreads jvm = JvmThreads.now();
        return String.format("%.2f of %d cores busy, %.1f ms of CPU per %s; ", process / wall,
                Runtime.getRuntime().availableProcessors(), 1000 * process / Math.max(1, units), unit)
                + (jvm == null || jvmThreads == null ? "" : jvm.sharesSince(jvmThreads, process))
                + busiest(sinceThen(), groups, nanos -> String.format("%.0f %%", 100 * nanos / 1e9 / process));
    }

    private Map<String, Long> sinceThen() {
        Map<String, Long> since = new TreeMap<>();
        now().nanosByGroup.forEach((group, nanos) -> since.put(group, nanos - nanosByGroup.getOrDefault(group, 0L)));
        return since;
    }

    /** e.g. {@code "total 8.1 s; mongo-server-workerN 3.9 s, main 1.1 s"}. */
    String busiestSince(int groups) {
        Map<String, Long> since = sinceThen();
        long total = since.values().stream().mapToLong(Long::longValue).sum();
        return String.format("total %.1f s; ", total / 1e9)
                + busiest(since, groups, nanos -> String.format("%.1f s", nanos / 1e9));
    }

    /** The {@code groups} thread groups that used the most CPU, most first, each with its figure. */
    private static String busiest(Map<String, Long> nanosByGroup, int groups,
                                  java.util.function.LongFunction<String> figure) {
        return nanosByGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(groups)
                .map(entry -> entry.getKey() + " " + figure.apply(entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
