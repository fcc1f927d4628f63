package dev.frontline.imports.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportMonitor;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;

/**
 * Runs an uploaded file's import in the background so the view shows progress and can cancel it; the planner's
 * security context goes along, so the service checks the same role in the worker thread.
 */
@Component
public class ImportJobs {

    private final ImportService imports;
    private final Executor executor;

    ImportJobs(ImportService imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.imports = imports;
        this.executor = executor;
    }

    @PreAuthorize("hasRole('PLANNER')")
    public CompletableFuture<ImportResult> run(ImportKind kind, Path file, HistoryOptions options, boolean commit,
                                               DoubleConsumer progress, BooleanSupplier cancelled) {
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void progress(double fraction) {
                progress.accept(fraction);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return imports.importFile(kind, in, Files.size(file), options, commit, monitor);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded file", e);
            }
        }, new DelegatingSecurityContextExecutor(executor));
    }
}
