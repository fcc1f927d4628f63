package dev.frontline.shared.progress;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the user asked to stop a long piece of work: engines and services ask it between steps and stop without
 * leaving anything half-written. A job passes {@code execution::cancelRequested}, so a stop from any node reaches it.
 */
@FunctionalInterface
public interface Cancellation {

    /** For work nobody can stop. */
    Cancellation NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} with {@code message} (what was, or was not, kept) when asked to stop. */
    default void throwIfCancelled(String message) {
        if (isCancelled()) {
            throw new CancellationException(message);
        }
    }

    /** A cancellation set by hand, e.g. by a stop button on the same node or a test. */
    static Flag flag() {
        return new Flag();
    }

    /** A {@link Cancellation} that is cancelled once {@link #cancel()} has been called. */
    final class Flag implements Cancellation {

        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Flag() {
        }

        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
