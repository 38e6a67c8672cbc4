package io.headcount.plumbing.domain;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Time-driven sweeps (offers and take-homes past their time): handle what is due a batch at a time until a batch
 * comes back short. Each handled item must leave the query (expired, so no longer due), or the sweep repeats it.
 */
public final class Sweeps {

    private Sweeps() {
    }

    public static <T> void drain(int batch, IntFunction<List<T>> due, Consumer<T> handle) {
        List<T> found;
        do {
            found = due.apply(batch);
            found.forEach(handle);
        } while (found.size() == batch);
    }
}
