package dev.frontline.imports;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_LANGUAGE;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.imports.csv.CsvFile;
import dev.frontline.imports.csv.CsvRow;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.shared.audit.AuditTrail;

/**
 * Agents by employee number, with their skills ({@code BILLING_TR:0.9;TECH:0.6}) and languages ({@code tr;en}). The
 * contract, team, home site and skills a row names must exist already (import contracts first). The skills and
 * languages of a row replace the agent's stored ones.
 */
@Component
class AgentImporter extends MasterDataImporter<AgentImporter.Row> {

    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("^[A-Z0-9-]{2,20}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");

    record Row(String employeeNumber, String firstName, String lastName, String email, LocalDate hireDate,
            AgentStatus status, String contract, String team, String homeSite, Boolean officeEligible,
            SortedMap<String, BigDecimal> skills, SortedSet<String> languages, LocalDate exitDate, ExitKind exitKind,
            String exitReason) {
    }

    private static final List<String> COLUMNS = List.of("employee_number", "first_name", "last_name", "email",
            "hire_date", "status", "contract", "team", "home_site", "office_eligible", "skills", "languages", "exit_date",
            "exit_kind", "exit_reason");

    private final DSLContext ctx;
    private Map<String, Long> contracts = Map.of();
    private Map<String, Long> teams = Map.of();
    private Map<String, Long> sites = Map.of();
    private Map<String, Long> skills = Map.of();

    AgentImporter(DSLContext ctx, AuditTrail audit) {
        super(audit);
        this.ctx = ctx;
    }

    @Override
    ImportKind kind() {
        return ImportKind.AGENTS;
    }

    @Override
    CsvFile.Layout layout() {
        return new CsvFile.Layout(List.of("employee_number", "first_name", "last_name", "email", "hire_date", "contract",
                "home_site"), List.of("status", "team", "office_eligible", "skills", "languages", "exit_date", "exit_kind",
                "exit_reason"));
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    String entityType() {
        return "agent";
    }

    @Override
    void load() {
        contracts = ctx.select(CONTRACT.CODE, CONTRACT.ID).from(CONTRACT).fetchMap(CONTRACT.CODE, CONTRACT.ID);
        teams = ctx.select(TEAM.CODE, TEAM.ID).from(TEAM).fetchMap(TEAM.CODE, TEAM.ID);
        sites = ctx.select(SITE.CODE, SITE.ID).from(SITE).fetchMap(SITE.CODE, SITE.ID);
        skills = ctx.select(SKILL.CODE, SKILL.ID).from(SKILL).fetchMap(SKILL.CODE, SKILL.ID);
    }

    @Override
    Row read(CsvRow r) {
        String number = r.code("employee_number", EMPLOYEE_NUMBER, "2–20 capital letters, digits or '-'");
        String first = r.text("first_name", true);
        String last = r.text("last_name", true);
        String email = r.code("email", EMAIL, "an e-mail address like name@example.com");
        LocalDate hired = r.date("hire_date", true);
        AgentStatus status = r.raw("status").isEmpty() ? AgentStatus.ACTIVE : r.enumValue("status", true, AgentStatus.class);
        String contract = reference(r, "contract", contracts, true);
        String team = reference(r, "team", teams, false);
        String site = reference(r, "home_site", sites, true);
        Boolean office = r.raw("office_eligible").isEmpty() ? Boolean.TRUE : r.bool("office_eligible", true);
        SortedMap<String, BigDecimal> skillLevels = skills(r);
        SortedSet<String> languages = languages(r);
        LocalDate exitDate = r.date("exit_date", false);
        ExitKind exitKind = r.enumValue("exit_kind", false, ExitKind.class);
        String exitReason = r.text("exit_reason", false);
        if (status == AgentStatus.LEFT && (r.raw("exit_date").isEmpty() || r.raw("exit_kind").isEmpty())) {
            r.error("status", "LEFT needs exit_date and exit_kind");
        }
        if (status != null && status != AgentStatus.LEFT
                && !(r.raw("exit_date").isEmpty() && r.raw("exit_kind").isEmpty() && r.raw("exit_reason").isEmpty())) {
            r.error("status", status + " agents have no exit_date, exit_kind or exit_reason; set status LEFT");
        }
        if (hired != null && exitDate != null && exitDate.isBefore(hired)) {
            r.error("exit_date", exitDate + " is before hire_date " + hired);
        }
        if (r.hasErrors()) {
            return null;
        }
        return new Row(number, first, last, email, hired, status, contract, team, site, office, skillLevels, languages,
                exitDate, exitKind, exitReason);
    }

    private static String reference(CsvRow r, String column, Map<String, Long> known, boolean required) {
        String code = r.text(column, required);
        if (code != null && !known.containsKey(code)) {
            r.error(column, "unknown " + column.replace('_', ' ') + " '" + code + "'");
            return null;
        }
        return code;
    }

    private SortedMap<String, BigDecimal> skills(CsvRow r) {
        SortedMap<String, BigDecimal> levels = new TreeMap<>();
        String text = r.raw("skills");
        if (text.isEmpty()) {
            return levels;
        }
        for (String part : text.split(";")) {
            String[] pair = part.strip().split(":", -1);
            String code = pair[0].strip();
            if (pair.length != 2 || code.isEmpty()) {
                r.error("skills", "'" + part.strip() + "' is not SKILL:proficiency (e.g. BILLING_TR:0.9)");
                continue;
            }
            if (!skills.containsKey(code)) {
                r.error("skills", "unknown skill '" + code + "'");
                continue;
            }
            try {
                BigDecimal level = new BigDecimal(pair[1].strip());
                if (level.signum() <= 0 || level.compareTo(BigDecimal.ONE) > 0 || level.scale() > 2) {
                    r.error("skills", "proficiency " + pair[1].strip() + " of " + code
                            + " must be above 0 and at most 1, with at most 2 decimals");
                } else if (levels.put(code, level.setScale(2)) != null) {
                    r.error("skills", "skill " + code + " is listed twice");
                }
            } catch (NumberFormatException e) {
                r.error("skills", "proficiency '" + pair[1].strip() + "' of " + code + " is not a number");
            }
        }
        return levels;
    }

    private static SortedSet<String> languages(CsvRow r) {
        SortedSet<String> languages = new TreeSet<>();
        String text = r.raw("languages");
        if (text.isEmpty()) {
            return languages;
        }
        for (String part : text.split(";")) {
            String language = part.strip();
            if (!LANGUAGE.matcher(language).matches()) {
                r.error("languages", "'" + language + "' is not a two-letter lower-case language code (e.g. tr)");
            } else {
                languages.add(language);
            }
        }
        return languages;
    }

    @Override
    void crossCheck(List<Line<Row>> lines, Map<String, Row> stored, ErrorList errors) {
        Map<String, Long> lineOfEmail = new HashMap<>();
        Map<String, String> storedOwner = new HashMap<>();
        stored.values().forEach(a -> storedOwner.put(a.email(), a.employeeNumber()));
        for (Line<Row> line : lines) {
            Row agent = line.item();
            Long first = lineOfEmail.putIfAbsent(agent.email(), line.line());
            if (first != null) {
                errors.add(line.line(), "email", "'" + agent.email() + "' is also the e-mail of line " + first);
            }
            String owner = storedOwner.get(agent.email());
            if (owner != null && !owner.equals(agent.employeeNumber())) {
                errors.add(line.line(), "email", "'" + agent.email() + "' is already the e-mail of agent " + owner);
            }
        }
    }

    @Override
    String key(Row item) {
        return item.employeeNumber();
    }

    @Override
    Map<String, Row> stored() {
        Map<String, Row> stored = new LinkedHashMap<>();
        exportRows().forEach(row -> stored.put(row.employeeNumber(), row));
        return stored;
    }

    @Override
    List<Row> exportRows() {
        Map<Long, SortedMap<String, BigDecimal>> skillsOf = new HashMap<>();
        ctx.select(AGENT_SKILL.AGENT_ID, SKILL.CODE, AGENT_SKILL.PROFICIENCY).from(AGENT_SKILL).join(SKILL)
                .on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                .forEach(r -> skillsOf.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), r.value3()));
        Map<Long, SortedSet<String>> languagesOf = new HashMap<>();
        ctx.select(AGENT_LANGUAGE.AGENT_ID, AGENT_LANGUAGE.LANGUAGE).from(AGENT_LANGUAGE)
                .forEach(r -> languagesOf.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        var a = AGENT;
        List<Row> rows = new ArrayList<>();
        ctx.select(a.ID, a.EMPLOYEE_NUMBER, a.FIRST_NAME, a.LAST_NAME, a.EMAIL, a.HIRE_DATE, a.STATUS, CONTRACT.CODE,
                        TEAM.CODE, SITE.CODE, a.OFFICE_ELIGIBLE, a.EXIT_DATE, a.EXIT_KIND, a.EXIT_REASON)
                .from(a).join(CONTRACT).on(CONTRACT.ID.eq(a.CONTRACT_ID)).join(SITE).on(SITE.ID.eq(a.HOME_SITE_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(a.TEAM_ID))
                .orderBy(a.EMPLOYEE_NUMBER)
                .forEach(r -> rows.add(new Row(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(),
                        skillsOf.getOrDefault(r.value1(), new TreeMap<>()), languagesOf.getOrDefault(r.value1(), new TreeSet<>()),
                        r.value12(), r.value13(), r.value14())));
        return rows;
    }

    @Override
    List<String> cells(Row r) {
        return List.of(r.employeeNumber(), r.firstName(), r.lastName(), r.email(), text(r.hireDate()), r.status().name(),
                r.contract(), text(r.team()), r.homeSite(), text(r.officeEligible()),
                r.skills().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().toPlainString())
                        .collect(Collectors.joining(";")),
                String.join(";", r.languages()), text(r.exitDate()), text(r.exitKind()), text(r.exitReason()));
    }

    @Override
    void write(Row r, Row stored) {
        var a = AGENT;
        var values = new LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(a.FIRST_NAME, r.firstName());
        values.put(a.LAST_NAME, r.lastName());
        values.put(a.EMAIL, r.email());
        values.put(a.HIRE_DATE, r.hireDate());
        values.put(a.STATUS, r.status());
        values.put(a.CONTRACT_ID, contracts.get(r.contract()));
        values.put(a.TEAM_ID, r.team() == null ? null : teams.get(r.team()));
        values.put(a.HOME_SITE_ID, sites.get(r.homeSite()));
        values.put(a.OFFICE_ELIGIBLE, r.officeEligible());
        values.put(a.EXIT_DATE, r.exitDate());
        values.put(a.EXIT_KIND, r.exitKind());
        values.put(a.EXIT_REASON, r.exitReason());
        long id;
        if (stored == null) {
            id = ctx.insertInto(a).set(a.EMPLOYEE_NUMBER, r.employeeNumber()).set(values).returning(a.ID)
                    .fetchSingle(a.ID);
        } else {
            id = ctx.update(a).set(values).set(a.VERSION, a.VERSION.plus(1)).where(a.EMPLOYEE_NUMBER.eq(r.employeeNumber()))
                    .returning(a.ID).fetchSingle(a.ID);
        }
        if (stored == null || !stored.skills().equals(r.skills())) {
            ctx.deleteFrom(AGENT_SKILL).where(AGENT_SKILL.AGENT_ID.eq(id)).execute();
            r.skills().forEach((code, level) -> ctx.insertInto(AGENT_SKILL).set(AGENT_SKILL.AGENT_ID, id)
                    .set(AGENT_SKILL.SKILL_ID, skills.get(code)).set(AGENT_SKILL.PROFICIENCY, level).execute());
        }
        if (stored == null || !stored.languages().equals(r.languages())) {
            ctx.deleteFrom(AGENT_LANGUAGE).where(AGENT_LANGUAGE.AGENT_ID.eq(id)).execute();
            r.languages().forEach(language -> ctx.insertInto(AGENT_LANGUAGE).set(AGENT_LANGUAGE.AGENT_ID, id)
                    .set(AGENT_LANGUAGE.LANGUAGE, language).execute());
        }
    }
}
