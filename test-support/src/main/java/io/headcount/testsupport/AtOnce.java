package io.headcount.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Races: calls started together, each on a thread of its own (or on a fixed number of threads), and what each
 * returned, in the order the calls were numbered.
 */
public final class AtOnce {

    /** Call number {@code index} of a race; may throw (a failed call fails the race). */
    @FunctionalInterface
    public interface Call<T> {
        T call(int index) throws Exception;
    }

    private AtOnce() {
    }

    /** {@code calls} calls, one thread each, released together. */
    public static <T> List<T> run(int calls, Call<T> call) {
        return run(calls, calls, call);
    }

    /** {@code calls} calls on {@code threads} threads; the first {@code threads} are released together. */
    public static <T> List<T> run(int calls, int threads, Call<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> answers = IntStream.range(0, calls).mapToObj(index -> pool.submit(() -> {
                go.await();
                return call.call(index);
            })).toList();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the calls ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a call failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
