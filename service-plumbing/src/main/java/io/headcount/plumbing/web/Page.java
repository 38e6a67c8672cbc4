package io.headcount.plumbing.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page for records found in id order with {@code limit}: a full page hands out the last id as the cursor of
     * the next one (which may turn out empty), a short page is the last.
     */
    public static <M, T> Page<T> of(List<M> found, int limit, Function<M, String> idOf, Function<M, T> toItem) {
        String next = found.size() < limit ? null : Cursors.encode(idOf.apply(found.get(found.size() - 1)));
        return new Page<>(found.stream().map(toItem).toList(), next);
    }
}
