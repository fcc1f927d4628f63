package dev.frontline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.imports.csv.HistoryRows;
import dev.frontline.imports.persistence.HistoryExportRepository;

/**
 * Imports and exports of master data and contact history, the one path behind the UI, the REST API and the CLI. An
 * import runs in one transaction: a preview (or a refused file) rolls it back, so only a clean, committed file leaves
 * anything in the database.
 */
@Service
public class ImportService {

    private final HistoryExportRepository exports;
    private final TransactionTemplate transaction;
    private final HistoryImporter history;
    private final Map<ImportKind, MasterDataImporter<?>> masterData;

    ImportService(HistoryExportRepository exports, PlatformTransactionManager transactions, HistoryImporter history,
                  ContractImporter contracts, ShiftTemplateImporter templates, AgentImporter agents) {
        this.exports = exports;
        this.transaction = new TransactionTemplate(transactions);
        this.history = history;
        this.masterData = Map.of(ImportKind.CONTRACTS, contracts, ImportKind.SHIFT_TEMPLATES, templates,
                ImportKind.AGENTS, agents);
    }

    /**
     * Reads {@code file} (UTF-8 CSV of the given kind), checks every row and compares it with the database; with
     * {@code commit} and no errors, writes the new and changed records. {@code size} is the file's length for progress
     * (0 when unknown); {@code options} apply to history only.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public ImportResult importFile(ImportKind kind, InputStream file, long size, HistoryOptions options, boolean commit,
                                   ImportMonitor monitor) {
        return transaction.execute(status -> {
            Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8);
            ImportResult result = kind == ImportKind.HISTORY
                    ? history.run(reader, size, options == null ? HistoryOptions.NONE : options, commit, monitor)
                    : masterData.get(kind).run(reader, commit);
            if (!result.committed()) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    /** Writes every record of a master-data kind as CSV in the form its import reads. */
    @PreAuthorize("hasRole('PLANNER')")
    public void exportMasterData(ImportKind kind, Writer out) {
        if (kind == ImportKind.HISTORY) {
            throw new IllegalArgumentException("history is exported per queue; use exportHistory");
        }
        transaction.executeWithoutResult(status -> masterData.get(kind).export(out));
    }

    /**
     * Writes a queue's history for local days in [from, to) (null: unbounded) as CSV with the queue's local times and
     * their offsets, so a fall-back day reads back unambiguously.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public void exportHistory(String queueCode, LocalDate from, LocalDate to, Writer out) {
        transaction.executeWithoutResult(status -> {
            var queue = exports.queue(queueCode)
                    .orElseThrow(() -> new IllegalArgumentException("unknown queue '" + queueCode + "'"));
            ZoneId zone = queue.zone();
            try {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
                printer.printRecord(HistoryRows.COLUMNS);
                exports.forEachInterval(queue.id(), from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                        to == null ? null : to.atStartOfDay(zone).toOffsetDateTime(),
                        r -> printer.printRecord(r.start().atZoneSameInstant(zone).toOffsetDateTime(), queueCode,
                                r.offered(), r.handled(), r.abandoned(), plain(r.ahtSeconds()), plain(r.asaSeconds()),
                                plain(r.serviceLevelPercent())));
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the export", e);
            }
        });
    }

    /** Queue codes a history import or export may name. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<String> queueCodes() {
        return exports.queueCodes();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
