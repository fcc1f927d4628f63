package dev.frontline.imports;

import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.imports.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Two commits of the same records at once. The first commit is held open (its transaction not yet committed) while
 * the second runs: the second must wait for it and then see what it wrote — no duplicate-key failure when both create
 * the same contract, and a change measured against the first's value, not against the value both started from.
 */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class ImportConcurrencyTest {

    private static final String CONTRACTS = "code,name,min_minutes_per_week,max_minutes_per_week\n";
    private static final String HISTORY = "interval_start,offered,handled,abandoned,aht_seconds\n";

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext ctx;
    @Autowired
    PlatformTransactionManager transactions;

    private ImportResult commit(ImportKind kind, String file, HistoryOptions options) {
        return imports.importFile(kind, csv(file), file.length(), options, true, Progress.NONE, Cancellation.NONE);
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second}, started on another thread meanwhile,
     * has had time to reach the database; then commits it and returns what the second import did.
     */
    private ImportResult whileHeldOpen(Runnable first, Supplier<ImportResult> second) throws Exception {
        SecurityContext planner = SecurityContextHolder.getContext();
        CompletableFuture<ImportResult>[] other = new CompletableFuture[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            first.run();
            other[0] = CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.setContext(planner);
                try {
                    return second.get();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(other[0]).as("the second commit waits for the first").isNotDone();
        });
        return other[0].get(60, TimeUnit.SECONDS);
    }

    @Test
    void twoCommitsCreatingTheSameContractRunOneAfterTheOther() throws Exception {
        String code = "CONC" + System.nanoTime() % 1_000_000;
        String file = CONTRACTS + code + ",Part time 30h,0,1800\n";
        ImportResult second = whileHeldOpen(() -> assertThat(commit(ImportKind.CONTRACTS, file, HistoryOptions.NONE)
                .created()).isEqualTo(1), () -> commit(ImportKind.CONTRACTS, file, HistoryOptions.NONE));
        assertThat(second.valid()).isTrue();
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).as("it found the first one's contract").isEqualTo(1);
        assertThat(ctx.fetchCount(CONTRACT, CONTRACT.CODE.eq(code))).isEqualTo(1);
    }

    @Test
    void aConcurrentHistoryChangeIsMeasuredAgainstWhatTheFirstCommitWrote() throws Exception {
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        HistoryOptions options = new HistoryOptions(queue, null, 15);
        commit(ImportKind.HISTORY, HISTORY + "2025-03-03T09:00,1,1,0,100\n", options);

        ImportResult second = whileHeldOpen(
                () -> assertThat(commit(ImportKind.HISTORY, HISTORY + "2025-03-03T09:00,5,5,0,100\n", options).changed())
                        .isEqualTo(1),
                () -> commit(ImportKind.HISTORY, HISTORY + "2025-03-03T09:00,7,7,0,100\n", options));
        assertThat(second.committed()).isTrue();
        assertThat(second.changes()).singleElement().satisfies(change ->
                assertThat(change.details()).contains("offered: 5 → 7").doesNotContain("offered: 1 → 7"));
    }

    @Test
    void aContractChangedElsewhereDuringTheCommitIsAConflictNamingItsKey() {
        String code = "CONF" + System.nanoTime() % 1_000_000;
        commit(ImportKind.CONTRACTS, CONTRACTS + code + ",Full time,0,2400\n", HistoryOptions.NONE);
        // the stored row moves on between the import's read and its write: its version no longer matches
        ImportResult result = new TransactionTemplate(transactions).execute(status -> {
            InputStream file = new FilterInputStream(csv(CONTRACTS + code + ",Full time 40h,0,2400\n")) {
                private boolean touched;

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (!touched) {
                        touched = true;
                        ctx.update(CONTRACT).set(CONTRACT.VERSION, CONTRACT.VERSION.plus(1))
                                .where(CONTRACT.CODE.eq(code)).execute();
                    }
                    return super.read(buffer, offset, length);
                }
            };
            ImportResult r = imports.importFile(ImportKind.CONTRACTS, file, 0, HistoryOptions.NONE, true, Progress.NONE,
                    Cancellation.NONE);
            status.setRollbackOnly();
            return r;
        });
        assertThat(result.committed()).isFalse();
        assertThat(result.conflictKey()).isEqualTo("contract " + code);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).startsWith("contract " + code + " was changed by someone else");
            assertThat(error.message(java.util.Locale.forLanguageTag("pl")))
                    .startsWith("Ktoś inny zmienił umowę " + code + " w trakcie importu tego pliku");
            assertThat(error.message(java.util.Locale.forLanguageTag("tr")))
                    .startsWith("sözleşme " + code + ", bu dosya içe aktarılırken başka biri tarafından değiştirildi");
        });
    }
}
