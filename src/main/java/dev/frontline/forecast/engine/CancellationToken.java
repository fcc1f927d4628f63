package dev.frontline.forecast.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** Lets a UI stop a long run: the engine checks it between model fits and throws {@link ForecastCancelledException}. */
public final class CancellationToken {

    public static final CancellationToken NONE = new CancellationToken(() -> false);

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BooleanSupplier external;

    private CancellationToken(BooleanSupplier external) {
        this.external = external;
    }

    public static CancellationToken create() {
        return new CancellationToken(() -> false);
    }

    /** A token that is cancelled when the supplier says so (e.g. a stop button's flag). */
    public static CancellationToken of(BooleanSupplier cancelled) {
        return new CancellationToken(cancelled);
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get() || external.getAsBoolean();
    }

    void throwIfCancelled(String where) {
        if (isCancelled()) {
            throw new ForecastCancelledException("forecast cancelled " + where);
        }
    }
}
