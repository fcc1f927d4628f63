package dev.frontline.quality.kpis;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.imports.ImportChange;
import dev.frontline.imports.ImportHandler;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.quality.kpis.persistence.AgentKpiRepository;
import dev.frontline.quality.kpis.persistence.AgentKpiRepository.AgentSpan;
import dev.frontline.quality.kpis.persistence.AgentKpiRepository.KpiRow;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvReader;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Imports the agents' daily KPIs of a quality system (docs/quality.md): one row per agent and day. Every row is
 * checked as it streams — the agent exists and was employed that day, every figure within its scale, averages only
 * where something was measured — and an agent and day given twice is refused naming both lines. The clean rows go
 * through COPY into a staging table, and SQL counts what is new and what replaces a stored day with other values
 * before one upsert writes them; the caller's transaction makes it all-or-nothing. Re-importing a day replaces it.
 */
@Component
class AgentKpiImporter implements ImportHandler {

    static final String EMPLOYEE = "employee_number";
    static final String DATE = "date";
    static final String CONTACTS = "contacts_handled";
    static final String AHT = "aht_seconds";
    static final String QA = "qa_score";
    static final String QA_EVALUATIONS = "qa_evaluations";
    static final String FCR = "fcr_percent";
    static final String CSAT = "csat";
    static final String CES = "ces";
    static final String SURVEYS = "survey_responses";

    static final List<String> COLUMNS = List.of(EMPLOYEE, DATE, CONTACTS, AHT, QA, QA_EVALUATIONS, FCR, CSAT, CES,
            SURVEYS);
    private static final CsvLayout LAYOUT = new CsvLayout(List.of(EMPLOYEE, DATE, CONTACTS),
            List.of(AHT, QA, QA_EVALUATIONS, FCR, CSAT, CES, SURVEYS));

    private static final BigDecimal MAX_AHT = new BigDecimal("999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int MAX_COUNT = 1_000_000;

    private final AgentKpiRepository repository;
    private final AuditTrail audit;

    AgentKpiImporter(AgentKpiRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.AGENT_KPIS;
    }

    /** The figures belong to the quality system: imported only, and a re-import replaces the stored ones. */
    @Override
    public boolean exportable() {
        return false;
    }

    @Override
    public ImportResult run(Reader source, int maxCell, long totalBytes, boolean write, Runnable lock,
                            Progress progress, Cancellation cancellation) {
        ErrorList errors = new ErrorList();
        Map<String, AgentSpan> agents = repository.agentsByNumber();
        Map<Long, Map<LocalDate, Long>> lineOfDay = new HashMap<>();
        LocalDate[] range = new LocalDate[2];
        long[] rows = new long[1];
        repository.stage(sink -> rows[0] = CsvReader.read(source, maxCell, LAYOUT, errors, line -> {
            KpiRow row = read(line, agents, lineOfDay);
            if (row != null && errors.isEmpty()) {
                sink.accept(row);
                range[0] = range[0] == null || row.day().isBefore(range[0]) ? row.day() : range[0];
                range[1] = range[1] == null || row.day().isAfter(range[1]) ? row.day() : range[1];
            }
            if ((line.line() & 4095) == 0) {
                cancellation.throwIfCancelled(CANCELLED);
                progress.report(0.6 * Math.min(1, (double) line.line() * 60 / Math.max(1, totalBytes)),
                        Phrase.of("jobs.progress.reading-line", line.line()));
            }
        }));
        if (!errors.isEmpty()) {
            return result(false, rows[0], 0, 0, List.of(), errors);
        }
        if (write) {
            progress.report(0.65, Phrase.of("jobs.progress.waiting-imports"));
            lock.run();
        }
        progress.report(0.7, Phrase.of("jobs.progress.comparing-rows", rows[0]));
        long created = repository.created();
        long replaced = repository.replaced();
        List<ImportChange> sample = new ArrayList<>();
        for (var r : repository.replacedSample(ImportResult.CHANGE_SAMPLE)) {
            sample.add(new ImportChange(r.line(), r.employeeNumber() + " " + r.day(), ImportChange.Action.CHANGED,
                    Changes.describe(r.columns(), r.stored(), r.incoming())));
        }
        cancellation.throwIfCancelled(CANCELLED);
        if (write && created + replaced > 0) {
            progress.report(0.8, Phrase.of("jobs.progress.writing-rows", created + replaced));
            repository.write();
            audit.record("agent_daily_kpi", range[0] + ".." + range[1], AuditAction.IMPORT, Phrase.of("audit.import.agent-kpis",
                    rows[0], range[0], range[1], created, replaced, rows[0] - created - replaced));
        }
        progress.report(1, Phrase.of("jobs.progress.rows-read", rows[0]));
        return result(write, rows[0], created, replaced, sample, errors);
    }

    static final String CANCELLED = "The import was cancelled; nothing was saved.";

    private ImportResult result(boolean write, long rows, long created, long replaced, List<ImportChange> sample,
                                ErrorList errors) {
        boolean clean = errors.isEmpty();
        return new ImportResult(ImportKind.AGENT_KPIS, write && clean, rows, clean ? created : 0,
                clean ? replaced : 0, clean ? rows - created - replaced : 0, List.copyOf(sample), errors.shown(),
                errors.total());
    }

    /** The checked row, or null when a cell was refused (the errors are in the list already). */
    static KpiRow read(CsvLine row, Map<String, AgentSpan> agents, Map<Long, Map<LocalDate, Long>> lineOfDay) {
        AgentSpan agent = agent(row, agents);
        LocalDate day = row.date(DATE, true);
        Integer contacts = row.integer(CONTACTS, true, 0, MAX_COUNT);
        BigDecimal aht = row.decimal(AHT, false, BigDecimal.ZERO, MAX_AHT);
        BigDecimal qa = row.decimal(QA, false, BigDecimal.ZERO, HUNDRED);
        Integer evaluations = row.integer(QA_EVALUATIONS, false, 0, Short.MAX_VALUE);
        BigDecimal fcr = row.decimal(FCR, false, BigDecimal.ZERO, HUNDRED);
        BigDecimal csat = row.decimal(CSAT, false, BigDecimal.ONE, new BigDecimal("5"));
        BigDecimal ces = row.decimal(CES, false, BigDecimal.ONE, new BigDecimal("7"));
        Integer surveys = row.integer(SURVEYS, false, 0, MAX_COUNT);

        if (agent != null && day != null) {
            if (day.isBefore(agent.hireDate())) {
                row.error(DATE, Phrase.of("kpis.import.before-hire", day, agent.employeeNumber(), agent.hireDate()));
            } else if (agent.exitDate() != null && day.isAfter(agent.exitDate())) {
                row.error(DATE, Phrase.of("kpis.import.after-exit", day, agent.employeeNumber(), agent.exitDate()));
            }
        }
        if (contacts != null) {
            if (contacts == 0 && aht != null) {
                row.error(AHT, Phrase.of("kpis.import.aht-without-contacts", plain(aht), CONTACTS));
            } else if (contacts > 0 && aht == null && !row.refused(AHT)) {
                row.error(AHT, Phrase.of("kpis.import.aht-required", contacts, CONTACTS));
            } else if (aht != null && aht.signum() == 0) {
                row.error(AHT, Phrase.of("kpis.import.aht-zero"));
            }
            if (contacts == 0 && fcr != null) {
                row.error(FCR, Phrase.of("kpis.import.fcr-without-contacts", plain(fcr), CONTACTS));
            }
        }
        int qaCount = evaluations == null ? 0 : evaluations;
        if (qa != null && qaCount == 0 && !row.refused(QA_EVALUATIONS)) {
            row.error(QA_EVALUATIONS, Phrase.of("kpis.import.evaluations-required",
                    evaluations == null ? "empty" : "zero"));
        } else if (qa == null && qaCount > 0 && !row.refused(QA)) {
            row.error(QA, Phrase.of("kpis.import.qa-required", QA_EVALUATIONS, qaCount));
        }
        int surveyCount = surveys == null ? 0 : surveys;
        if ((csat != null || ces != null) && surveyCount == 0 && !row.refused(SURVEYS)) {
            row.error(SURVEYS, Phrase.of("kpis.import.responses-required", surveys == null ? "empty" : "zero",
                    csat != null ? CSAT : CES));
        }
        if (agent != null && day != null && !row.hasErrors()) {
            Long first = lineOfDay.computeIfAbsent(agent.id(), k -> new HashMap<>()).putIfAbsent(day, row.line());
            if (first != null) {
                row.error(DATE, Phrase.of("kpis.import.agent-day-twice", agent.employeeNumber(), day, first));
            }
        }
        if (row.hasErrors()) {
            return null;
        }
        return new KpiRow(row.line(), agent.id(), day, contacts, scale(aht), scale(qa), qaCount, scale(fcr),
                scale(csat), scale(ces), surveyCount);
    }

    private static AgentSpan agent(CsvLine row, Map<String, AgentSpan> agents) {
        String number = row.text(EMPLOYEE, true);
        if (number == null) {
            return null;
        }
        AgentSpan agent = agents.get(number);
        if (agent == null) {
            agent = agents.get(number.toUpperCase(Locale.ROOT));
        }
        if (agent == null) {
            row.error(EMPLOYEE, Phrase.of("kpis.import.unknown-agent", CsvLine.shown(number)));
        }
        return agent;
    }

    /** Two decimals, as stored. */
    static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
