package dev.frontline.quality.kpis.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the agents' daily KPI import: who the file may name (employee number, employment dates), and the staged
 * upsert of {@link StagedUpsert} over {@code agent_daily_kpi} keyed by agent and day. Every method runs in the
 * caller's transaction.
 */
@Repository
public class AgentKpiRepository {

    /** An agent a row may name, with the days they were employed ({@code exitDate} null while employed). */
    public record AgentSpan(long id, String employeeNumber, LocalDate hireDate, LocalDate exitDate) {
    }

    /** A checked row, as stored; {@code line} is the file line (0 for generated rows). */
    public record KpiRow(long line, long agentId, LocalDate day, int contactsHandled, BigDecimal ahtSeconds,
            BigDecimal qaScore, int qaEvaluations, BigDecimal fcrPercent, BigDecimal csat, BigDecimal ces,
            int surveyResponses) {
    }

    /** A row of the file that replaces a stored one with other values: the agent, the day and the changed columns. */
    public record Replaced(long line, String employeeNumber, String day, List<String> columns, List<String> stored,
            List<String> incoming) {
    }

    private static final List<String> VALUES = List.of("contacts_handled", "aht_seconds", "qa_score",
            "qa_evaluations", "fcr_percent", "csat", "ces", "survey_responses");

    private final DSLContext ctx;
    private final StagedUpsert staged;

    AgentKpiRepository(DSLContext ctx) {
        this.ctx = ctx;
        this.staged = new StagedUpsert(ctx, AGENT_DAILY_KPI.getName(), List.of("agent_id", "day"), VALUES);
    }

    /** Every agent by employee number. */
    public Map<String, AgentSpan> agentsByNumber() {
        Map<String, AgentSpan> agents = new HashMap<>();
        ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.HIRE_DATE, AGENT.EXIT_DATE).from(AGENT)
                .forEach(r -> agents.put(r.value2(), new AgentSpan(r.value1(), r.value2(), r.value3(), r.value4())));
        return agents;
    }

    /** Stages the checked rows (the staging table lives until the transaction ends). */
    public void stage(Consumer<Consumer<KpiRow>> rows) {
        staged.create();
        staged.copy(sink -> rows.accept(r -> sink.row(r.line(), cells(r))));
    }

    private static Object[] cells(KpiRow r) {
        return new Object[] {r.agentId(), r.day(), r.contactsHandled(), r.ahtSeconds(), r.qaScore(), r.qaEvaluations(),
                r.fcrPercent(), r.csat(), r.ces(), r.surveyResponses()};
    }

    /** Staged rows with no stored row for their agent and day. */
    public long created() {
        return staged.created();
    }

    /** Staged rows whose agent and day are stored with other values. */
    public long replaced() {
        return staged.replaced();
    }

    /** The first replaced rows by line, with the columns that change. */
    public List<Replaced> replacedSample(int limit) {
        return staged.replacedSample(List.of("(select a.employee_number from agent a where a.id = s.agent_id)",
                "s.day::text"), limit).stream().map(r -> {
                    List<String> columns = new java.util.ArrayList<>();
                    List<String> stored = new java.util.ArrayList<>();
                    List<String> incoming = new java.util.ArrayList<>();
                    for (int i = 0; i < VALUES.size(); i++) {
                        if (!java.util.Objects.equals(r.stored().get(i), r.incoming().get(i))) {
                            columns.add(VALUES.get(i));
                            stored.add(r.stored().get(i));
                            incoming.add(r.incoming().get(i));
                        }
                    }
                    return new Replaced(r.line(), r.key().get(0), r.key().get(1), columns, stored, incoming);
                }).toList();
    }

    /** Writes the staged rows: new ones inserted, differing ones overwritten; returns how many were written. */
    public int write() {
        return staged.write();
    }

    /** Whether any agent has a daily KPI row (the demo writes its own only into an empty table). */
    public boolean anyStored() {
        return ctx.fetchExists(AGENT_DAILY_KPI);
    }

    /** Writes generated rows straight into the table through COPY; for an empty table (the demo centre). */
    public void insertAll(List<KpiRow> rows) {
        StagedUpsert direct = new StagedUpsert(ctx, AGENT_DAILY_KPI.getName(), List.of("agent_id", "day"), VALUES);
        direct.copyInto(AGENT_DAILY_KPI.getName(), sink -> rows.forEach(r -> sink.cells(cells(r))));
    }
}
