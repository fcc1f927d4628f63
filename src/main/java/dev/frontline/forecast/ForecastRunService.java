package dev.frontline.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import dev.frontline.forecast.engine.CancellationToken;
import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.IntervalForecast;
import dev.frontline.forecast.engine.ProgressListener;
import dev.frontline.forecast.engine.QueueForecast;
import dev.frontline.forecast.persistence.ForecastVersionRepository;
import dev.frontline.security.CurrentUser;

/**
 * Runs the forecasting engine on a queue's history from the database and saves the result as a forecast version.
 * Planners only. {@link #start} runs in the background with progress and a stop; {@link #runNow} does the same
 * work on the caller's thread (tests, batch). A stopped or failed run saves nothing.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ForecastRunService {

    private static final Logger LOG = LoggerFactory.getLogger(ForecastRunService.class);
    /** Share of the progress bar for reading the history before the engine starts, and for saving after it. */
    private static final double LOADED = 0.05;
    private static final double FITTED = 0.92;

    private final ForecastInputs inputs;
    private final ForecastVersionWriter writer;
    private final ForecastVersionRepository versions;
    private final CurrentUser currentUser;
    private final ForecastEngine engine = new ForecastEngine();
    // Two runs at a time: the engine is CPU-bound and the machine is shared with the web requests.
    private final ExecutorService executor = Executors.newFixedThreadPool(2, new ThreadFactory());

    ForecastRunService(ForecastInputs inputs, ForecastVersionWriter writer, ForecastVersionRepository versions,
                       CurrentUser currentUser) {
        this.inputs = inputs;
        this.writer = writer;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /**
     * Checks the request at once (bad input throws {@link ForecastInputException} here) and runs it in the
     * background. Progress arrives on the background thread; a UI must hand it to its own thread.
     */
    public ForecastRun start(ForecastRunRequest request, ProgressListener progress) {
        String user = currentUser.require().getUsername();
        ForecastInputs.Checked checked = inputs.check(request);
        ForecastRun run = new ForecastRun();
        executor.execute(() -> {
            try {
                run.result().complete(execute(checked, user, progress, run.token()));
            } catch (ForecastCancelledException cancelled) {
                run.result().completeExceptionally(cancelled);
            } catch (RuntimeException failed) {
                if (!(failed instanceof IllegalArgumentException)) {
                    LOG.error("Forecast of queue {} failed", checked.queue().code(), failed);
                }
                run.result().completeExceptionally(failed);
            }
        });
        return run;
    }

    /** The same run on the caller's thread; returns the saved version or throws why nothing was saved. */
    public ForecastVersionSummary runNow(ForecastRunRequest request, ProgressListener progress, CancellationToken cancel) {
        String user = currentUser.require().getUsername();
        return execute(inputs.check(request), user, progress, cancel);
    }

    private ForecastVersionSummary execute(ForecastInputs.Checked checked, String user, ProgressListener progress,
                                           CancellationToken cancel) {
        progress.progress(0, "reading the history of " + checked.queue().label());
        ForecastInputs.Prepared prepared = inputs.prepare(checked);
        throwIfCancelled(cancel, "after reading the history");
        progress.progress(LOADED, "history read: " + prepared.history().size() + " intervals");
        QueueForecast forecast = engine.forecast(prepared.request(),
                (fraction, message) -> progress.progress(LOADED + (FITTED - LOADED) * fraction, message), cancel);
        throwIfCancelled(cancel, "before saving");
        progress.progress(FITTED, "saving the forecast version");
        long id = writer.save(toVersion(prepared, forecast, user), cancel);
        progress.progress(1, "saved as version " + id);
        return versions.find(id).orElseThrow();
    }

    private static void throwIfCancelled(CancellationToken cancel, String where) {
        if (cancel.isCancelled()) {
            throw new ForecastCancelledException("forecast cancelled " + where + "; nothing was saved");
        }
    }

    private static NewForecastVersion toVersion(ForecastInputs.Prepared prepared, QueueForecast forecast, String user) {
        ForecastInputs.Checked c = prepared.checked();
        ForecastQueue queue = c.queue();
        List<StoredInterval> rows = new ArrayList<>();
        for (IntervalForecast i : forecast.intervals()) {
            for (var instant : LocalGrid.instantsOf(i.date(), i.start(), queue.zone())) {
                rows.add(new StoredInterval(instant, i.offered(), i.ahtSeconds(), i.lower80(), i.upper80(), i.lower95(),
                        i.upper95()));
            }
        }
        rows.sort(Comparator.comparing(StoredInterval::start));
        List<HistoryInterval> history = prepared.history();
        return new NewForecastVersion(queue.id(), user, c.grain().minutes(), c.start(), c.start().plusDays(c.horizonDays()),
                history.get(0).start(), history.get(history.size() - 1).end(), history.size(),
                ExplanationText.methodLabel(forecast.explanation()),
                ExplanationText.of(forecast.explanation(), prepared.notes()),
                forecast.scores().stream().map(ExplanationText::score).toList(), rows);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "forecast-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
