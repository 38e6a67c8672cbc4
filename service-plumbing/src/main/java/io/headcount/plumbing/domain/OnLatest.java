package io.headcount.plumbing.domain;

import java.util.function.Supplier;

/**
 * Actions (withdraw, decide a stage, extend an offer) apply to the latest version of a record: when a concurrent
 * change wins the optimistic lock, the action is read and tried again instead of failing the caller. Edits that
 * the caller based on a version they read use If-Match instead, and a conflict is theirs to see (412).
 */
public final class OnLatest {

    public static final int ATTEMPTS = 5;

    private OnLatest() {
    }

    public static <T> T retry(Supplier<T> readApplyAndSave) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readApplyAndSave.get();
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
