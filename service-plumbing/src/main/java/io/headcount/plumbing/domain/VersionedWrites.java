package io.headcount.plumbing.domain;

import io.headcount.events.HeadcountEvent;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Stores what a command made of a record under optimistic locking, the same way in every service: a change that
 * altered nothing is not written, a record that is no longer at the expected version is a
 * {@link StaleVersionException} (412 for edits, a retry for actions through {@link OnLatest}).
 */
public final class VersionedWrites<T, E extends HeadcountEvent> {

    /** A repository's conditional update: false when the stored version is no longer {@code expectedVersion}. */
    @FunctionalInterface
    public interface VersionedWriter<T, E extends HeadcountEvent> {
        boolean write(T state, long expectedVersion, List<E> events);
    }

    private final String resource;
    private final VersionedWriter<T, E> writer;
    private final Function<T, String> idOf;
    private final ToLongFunction<T> versionOf;

    public VersionedWrites(String resource, VersionedWriter<T, E> writer, Function<T, String> idOf,
                           ToLongFunction<T> versionOf) {
        this.resource = resource;
        this.writer = writer;
        this.idOf = idOf;
        this.versionOf = versionOf;
    }

    /** An action on the version just read. */
    public long save(T before, Changed<T, E> change) {
        return save(before, versionOf.applyAsLong(before), change);
    }

    /**
     * An action on whatever version is stored now (a reaction to an event, a sweep): reads the latest, applies the
     * action, saves; a lost race reads and tries again ({@link OnLatest}).
     */
    public void applyToLatest(Supplier<T> readLatest, Function<T, Changed<T, E>> action) {
        OnLatest.retry(() -> {
            T latest = readLatest.get();
            save(latest, action.apply(latest));
            return null;
        });
    }

    /**
     * An edit the caller based on {@code expectedVersion} (their If-Match). Returns the version this call left the
     * record at — {@code expectedVersion + 1} after a write (every stored write increments it by one), or the
     * unchanged version — which is what to tell the caller: a re-read may already show a later writer's version.
     */
    public long save(T before, long expectedVersion, Changed<T, E> change) {
        if (versionOf.applyAsLong(before) != expectedVersion) {
            throw new StaleVersionException(resource, idOf.apply(before));
        }
        if (change.events().isEmpty() && change.state().equals(before)) {
            return expectedVersion;
        }
        if (!writer.write(change.state(), expectedVersion, change.events())) {
            throw new StaleVersionException(resource, idOf.apply(before));
        }
        return expectedVersion + 1;
    }
}
