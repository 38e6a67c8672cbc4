package io.headcount.plumbing.domain;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a team's first-use work (seeding starter content) once: remembered in memory, and across instances and
 * restarts by a stored marker. Seeds must be idempotent themselves (derived ids, {@link Ids#derivedFrom}), since two
 * instances may both find no marker and seed at the same time; the marker only spares later calls the work.
 */
public final class OncePerTeam {

    private final Predicate<String> isMarked;
    private final Consumer<String> mark;
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    public OncePerTeam(Predicate<String> isMarked, Consumer<String> mark) {
        this.isMarked = isMarked;
        this.mark = mark;
    }

    public void ensure(String teamId, Runnable seed) {
        if (done.contains(teamId)) {
            return;
        }
        if (!isMarked.test(teamId)) {
            seed.run();
            mark.accept(teamId);
        }
        done.add(teamId);
    }
}
