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

    /**
     * A page of a short list read whole (a loop's interviews or scorecards): the records after the cursor's key, in
     * the list's order, whose {@code keyOf} must increase strictly along it. The cursor is that key, so a record
     * added or removed between pages moves nothing on the next page.
     */
    public static <M, T> Page<T> within(List<M> ordered, String cursor, int limit, Function<M, String> keyOf,
                                        Function<M, T> toItem) {
        String after = Cursors.decode(cursor);
        List<M> found = ordered.stream().filter(record -> after == null || keyOf.apply(record).compareTo(after) > 0)
                .limit(limit + 1L).toList();
        boolean more = found.size() > limit;
        List<M> page = more ? found.subList(0, limit) : found;
        return new Page<>(page.stream().map(toItem).toList(),
                more ? Cursors.encode(keyOf.apply(page.get(page.size() - 1))) : null);
    }
}
