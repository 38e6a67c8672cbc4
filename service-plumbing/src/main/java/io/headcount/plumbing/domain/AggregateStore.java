package io.headcount.plumbing.domain;

import io.headcount.events.HeadcountEvent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The store of one aggregate type as the application layer sees it, the same for every aggregate: a state and the
 * events of its change are written together (or not at all), under optimistic locking. A feature's repository port
 * extends it with its own queries; {@code MongoAggregateStore} implements it for MongoDB with the outbox, and
 * service-plumbing's test jar has an in-memory one for fast tests.
 *
 * @param <S> the aggregate (an immutable record with an id, a team and a version)
 * @param <E> its event family
 */
public interface AggregateStore<S, E extends HeadcountEvent> {

    /** What the store holds: its name in messages, and how a record says its id and version. */
    record Kind<S>(String name, Function<S, String> idOf, ToLongFunction<S> versionOf) {
    }

    Kind<S> kind();

    /** Stores a new aggregate with the events of its creation; a unique key that refuses it is the store's error. */
    void insert(S state, List<E> events);

    /** As {@link #insert}, but false (nothing stored) when a unique key already holds it: for creations that must
     * happen once however often they are asked for (a redelivered event, a second booking of one slot). */
    boolean insertIfAbsent(S state, List<E> events);

    /** False, changing nothing, when the stored version is no longer {@code expectedVersion}. */
    boolean update(S state, long expectedVersion, List<E> events);

    /** By id for a caller of these teams: another team's record is absent. */
    Optional<S> find(String id, Collection<String> teamIds);

    /** Stores a change made to {@code before} (read just now); returns the version written; stale → exception. */
    default long save(S before, Changed<S, E> change) {
        return writes().save(before, change);
    }

    /** Stores a change the caller based on {@code expectedVersion} (their If-Match); stale → exception. */
    default long save(S before, long expectedVersion, Changed<S, E> change) {
        return writes().save(before, expectedVersion, change);
    }

    /** Applies an action to whatever version is stored now (a reaction to an event, a sweep), retrying lost races. */
    default void applyToLatest(String id, String teamId, Function<S, Changed<S, E>> action) {
        writes().applyToLatest(() -> find(id, List.of(teamId)).orElseThrow(
                () -> new NotFoundException(kind().name(), id)), action);
    }

    private VersionedWrites<S, E> writes() {
        return new VersionedWrites<>(kind().name(), this::update, kind().idOf(), kind().versionOf());
    }
}
