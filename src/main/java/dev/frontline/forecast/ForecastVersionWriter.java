package dev.frontline.forecast;

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

    ForecastVersionWriter(PlatformTransactionManager transactions, ForecastVersionRepository versions) {
        this.transaction = new TransactionTemplate(transactions);
        this.versions = versions;
    }

    long save(NewForecastVersion version, Cancellation cancel) {
        Long id = transaction.execute(status -> {
            long saved = versions.insert(version);
            if (cancel.isCancelled()) {
                throw new ForecastCancelledException("forecast cancelled while saving; nothing was saved");
            }
            return saved;
        });
        return id;
    }
}
