package dev.frontline.staffing;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the long requirement steps in the background so a view stays responsive, shows progress and can stop them.
 * The signed-in user's security context goes along, so the service checks the same role in the worker thread.
 */
@Component
public class RequirementJobs {

    private final RequirementService service;
    private final Executor executor;

    RequirementJobs(RequirementService service, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    @PreAuthorize("hasRole('PLANNER')")
    public CompletableFuture<RequirementVersionSummary> compute(RequirementRequest request, DoubleConsumer progress,
                                                                BooleanSupplier cancelled) {
        return CompletableFuture.supplyAsync(() -> service.compute(request, progress, cancelled), withSecurity());
    }

    @PreAuthorize("hasRole('PLANNER')")
    public CompletableFuture<RequirementVersionSummary> recompute(long requirementVersionId, DoubleConsumer progress,
                                                                  BooleanSupplier cancelled) {
        return CompletableFuture.supplyAsync(() -> service.recompute(requirementVersionId, progress, cancelled), withSecurity());
    }

    @PreAuthorize("hasRole('PLANNER')")
    public CompletableFuture<DaySimulation> simulateDay(long requirementVersionId, LocalDate day) {
        return CompletableFuture.supplyAsync(() -> service.simulateDay(requirementVersionId, day), withSecurity());
    }

    /** Captures the caller's security context now, for the task that runs later on another thread. */
    private Executor withSecurity() {
        return new DelegatingSecurityContextExecutor(executor);
    }
}
