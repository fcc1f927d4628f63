package dev.frontline.forecast;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.forecast.persistence.ForecastVersionRepository;
import dev.frontline.shared.progress.Cancellation;

/**
 * Saves a finished run in one transaction. It runs on the background thread (no signed-in user there: the role was
 * checked when the run started), and a stop that arrives while saving still rolls the version back.
 */
@Component
class ForecastVersionWriter {

    private final TransactionTemplate transaction;
    private final ForecastVersionRepository versions;
    private final AdjustmentCarryOver carryOver;

    ForecastVersionWriter(PlatformTransactionManager transactions, ForecastVersionRepository versions,
                          AdjustmentCarryOver carryOver) {
        this.transaction = new TransactionTemplate(transactions);
        this.versions = versions;
        this.carryOver = carryOver;
    }

    /** The saved version and what was carried to it from the previous one (empty when nothing was, or not asked). */
    record Saved(long id, Optional<AdjustmentCarryOver.Outcome> carried) {
    }

    /**
     * Saves the version and, unless the planner opted out, carries the previous version's adjustments to it in the same
     * transaction, so the new version never appears without them.
     */
    Saved save(NewForecastVersion version, boolean carryAdjustments, Cancellation cancel) {
        return transaction.execute(status -> {
            long saved = versions.insert(version);
            Optional<AdjustmentCarryOver.Outcome> carried = carryAdjustments ? carryOver.carry(saved) : Optional.empty();
            if (cancel.isCancelled()) {
                throw new ForecastCancelledException("forecast cancelled while saving; nothing was saved");
            }
            return new Saved(saved, carried);
        });
    }
}
