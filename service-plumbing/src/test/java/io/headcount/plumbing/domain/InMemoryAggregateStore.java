package io.headcount.plumbing.domain;

import io.headcount.events.HeadcountEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An {@link AggregateStore} in a map, with the real store's rules (a duplicate id is refused, an update needs the
 * stored version and stores the next one), recording every event stored: for domain and consumer tests that need no
 * MongoDB. Test code, in service-plumbing's test jar.
 */
public class InMemoryAggregateStore<S, E extends HeadcountEvent> implements AggregateStore<S, E> {

    private final Kind<S> kind;
    private final Function<S, String> teamOf;
    private final BiFunction<S, Long, S> withVersion;
    private final Map<String, S> byId = new LinkedHashMap<>();
    private final List<E> published = new ArrayList<>();

    /** @param withVersion the record as the store hands it back after a write: with the version it was stored at */
    public InMemoryAggregateStore(Kind<S> kind, Function<S, String> teamOf, BiFunction<S, Long, S> withVersion) {
        this.kind = kind;
        this.teamOf = teamOf;
        this.withVersion = withVersion;
    }

    @Override
    public Kind<S> kind() {
        return kind;
    }

    @Override
    public synchronized void insert(S state, List<E> events) {
        if (!insertIfAbsent(state, events)) {
            throw new IllegalStateException(kind.name() + " " + kind.idOf().apply(state) + " exists already");
        }
    }

    @Override
    public synchronized boolean insertIfAbsent(S state, List<E> events) {
        if (byId.putIfAbsent(kind.idOf().apply(state), state) != null) {
            return false;
        }
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized boolean update(S state, long expectedVersion, List<E> events) {
        S current = byId.get(kind.idOf().apply(state));
        if (current == null || kind.versionOf().applyAsLong(current) != expectedVersion) {
            return false;
        }
        byId.put(kind.idOf().apply(state), withVersion.apply(state, expectedVersion + 1));
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized Optional<S> find(String id, Collection<String> teamIds) {
        return Optional.ofNullable(byId.get(id)).filter(state -> teamIds.contains(teamOf.apply(state)));
    }

    /** Puts a record as it would be stored, without events (a test's given state). */
    public synchronized void given(S state) {
        byId.put(kind.idOf().apply(state), state);
    }

    public synchronized S get(String id) {
        return byId.get(id);
    }

    public synchronized List<S> all() {
        return List.copyOf(byId.values());
    }

    /** Every event stored with a write, in order. */
    public synchronized List<E> published() {
        return List.copyOf(published);
    }
}
