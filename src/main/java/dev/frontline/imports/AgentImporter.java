package dev.frontline.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvNumbers;
import dev.frontline.shared.text.Phrase;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft;
import dev.frontline.workforce.masterdata.AgentMasterService;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.QueueService;
import dev.frontline.workforce.masterdata.SiteService;
import dev.frontline.workforce.masterdata.SkillRow;
import dev.frontline.workforce.masterdata.Stored;
import dev.frontline.workforce.masterdata.TeamService;

/**
 * Agents by employee number, with their skills ({@code BILLING_TR:0.9;TECH:0.6}) and languages ({@code tr;en}), saved
 * through {@link AgentMasterService} so the rules, messages, locking and audit are the agent screen's. The contract,
 * team, home site and skills a row names must exist already (import contracts first); the file names them by code and
 * is refused naming the unknown one. The skills and languages of a row replace the agent's stored ones; availability,
 * which the file does not carry, is kept.
 */
@Component
class AgentImporter extends MasterDataImporter<AgentImporter.Row> {

    /** An agent as the file has it, one component per column; proficiencies with two decimals as the file writes them. */
    record Row(String employeeNumber, String firstName, String lastName, String email, LocalDate hireDate,
            AgentStatus status, String contract, String team, String homeSite, Boolean officeEligible,
            SortedMap<String, BigDecimal> skills, SortedSet<String> languages, LocalDate exitDate, ExitKind exitKind,
            String exitReason) {

        static Row of(AgentDraft a) {
            SortedMap<String, BigDecimal> skills = new TreeMap<>();
            a.skills().forEach(s -> skills.put(s.skillCode(), BigDecimal.valueOf(s.proficiency()).setScale(2, RoundingMode.HALF_UP)));
            return new Row(a.employeeNumber(), a.firstName(), a.lastName(), a.email(), a.hireDate(), a.status(),
                    a.contractCode(), a.teamCode(), a.homeSiteCode(), a.officeEligible(), skills,
                    new TreeSet<>(a.languages()), a.exitDate(), a.exitKind(), a.exitReason());
        }

        /** The agent this row describes, with the availability it does not carry taken from {@code kept}. */
        AgentDraft draft(AgentDraft kept) {
            return new AgentDraft(employeeNumber, firstName, lastName, email, hireDate, status, exitDate, exitKind,
                    exitReason, contract, team, homeSite, officeEligible,
                    skills.entrySet().stream().map(e -> new SkillLevel(e.getKey(), e.getValue().doubleValue())).toList(),
                    languages, kept == null ? List.of() : kept.weeklyAvailability(),
                    kept == null ? List.of() : kept.availabilityExceptions());
        }
    }

    /** The file names an agent's contract, team and site by code in columns named for what they are. */
    private static final Map<String, String> REFERENCE_COLUMNS = Map.of("contractCode", "contract", "teamCode", "team",
            "homeSiteCode", "home_site");

    private static final List<String> COLUMNS = List.of("employee_number", "first_name", "last_name", "email",
            "hire_date", "status", "contract", "team", "home_site", "office_eligible", "skills", "languages", "exit_date",
            "exit_kind", "exit_reason");

    private final AgentMasterService agents;
    private final ContractService contractService;
    private final TeamService teamService;
    private final SiteService siteService;
    private final QueueService queueService;
    private Map<String, Stored<AgentDraft>> storedByNumber = Map.of();
    private Set<String> contracts = Set.of();
    private Set<String> teams = Set.of();
    private Set<String> sites = Set.of();
    private Set<String> skills = Set.of();

    AgentImporter(AgentMasterService agents, ContractService contracts, TeamService teams, SiteService sites,
            QueueService queues) {
        this.agents = agents;
        this.contractService = contracts;
        this.teamService = teams;
        this.siteService = sites;
        this.queueService = queues;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.AGENTS;
    }

    @Override
    protected CsvLayout layout() {
        return new CsvLayout(List.of("employee_number", "first_name", "last_name", "email", "hire_date", "contract",
                "home_site"), List.of("status", "team", "office_eligible", "skills", "languages", "exit_date", "exit_kind",
                "exit_reason"));
    }

    @Override
    protected List<String> columns() {
        return COLUMNS;
    }

    @Override
    protected String column(String property) {
        return REFERENCE_COLUMNS.getOrDefault(property, super.column(property));
    }

    @Override
    protected void load() {
        storedByNumber = new LinkedHashMap<>();
        agents.all().forEach(stored -> storedByNumber.put(stored.data().employeeNumber(), stored));
        contracts = contractService.all().stream().map(c -> c.data().code()).collect(Collectors.toSet());
        teams = teamService.all().stream().map(t -> t.data().code()).collect(Collectors.toSet());
        sites = siteService.all().stream().map(s -> s.data().code()).collect(Collectors.toSet());
        skills = queueService.skills().stream().map(SkillRow::code).collect(Collectors.toSet());
    }

    @Override
    protected Row read(CsvLine r) {
        AgentStatus status = r.raw("status").isEmpty() ? AgentStatus.ACTIVE : r.enumValue("status", true, AgentStatus.class);
        Row row = new Row(r.text("employee_number", true), r.text("first_name", true), r.text("last_name", true),
                r.text("email", true), r.date("hire_date", true), status, reference(r, "contract", contracts, true),
                reference(r, "team", teams, false), reference(r, "home_site", sites, true),
                r.raw("office_eligible").isEmpty() ? Boolean.TRUE : r.bool("office_eligible", true), skills(r),
                languages(r), r.date("exit_date", false), r.enumValue("exit_kind", false, ExitKind.class),
                r.text("exit_reason", false));
        // a form hides the exit fields of an agent who has not left; a file that fills them contradicts itself
        if (status != null && status != AgentStatus.LEFT
                && !(r.raw("exit_date").isEmpty() && r.raw("exit_kind").isEmpty() && r.raw("exit_reason").isEmpty())) {
            r.error("status", Phrase.of("imports.agents.exit-without-leaving", status.name()));
        }
        report(agents.check(row.draft(null)), r);
        // read back from the record, which keeps e-mail addresses in lower case as they are stored
        return r.hasErrors() ? null : Row.of(row.draft(null));
    }

    private static String reference(CsvLine r, String column, Set<String> known, boolean required) {
        String code = r.text(column, required);
        if (code != null && !known.contains(code)) {
            r.error(column, Phrase.of("imports.agents.unknown-reference", column, CsvLine.shown(code)));
            return null;
        }
        return code;
    }

    /** The skills cell as skill code → proficiency, each skill known and named once. */
    private SortedMap<String, BigDecimal> skills(CsvLine r) {
        SortedMap<String, BigDecimal> levels = new TreeMap<>();
        String text = r.raw("skills");
        if (text.isEmpty()) {
            return levels;
        }
        for (String part : text.split(";")) {
            String[] pair = part.strip().split(":", -1);
            String code = pair[0].strip();
            if (pair.length != 2 || code.isEmpty()) {
                r.error("skills", Phrase.of("imports.agents.skill-form", CsvLine.shown(part.strip())));
                continue;
            }
            if (!skills.contains(code)) {
                r.error("skills", Phrase.of("imports.agents.unknown-skill", CsvLine.shown(code)));
                continue;
            }
            String shown = CsvLine.shown(pair[1].strip());
            try {
                // read with bounds first: setScale of 1e999999999 would write out a billion digits
                BigDecimal level = CsvNumbers.decimal(pair[1].strip());
                // the range is the record's rule; two decimals is what the database keeps
                if (level.scale() > 2) {
                    r.error("skills", Phrase.of("imports.agents.proficiency-decimals", shown, code));
                } else if (levels.put(code, level.setScale(2, RoundingMode.UNNECESSARY)) != null) {
                    r.error("skills", Phrase.of("imports.agents.skill-twice", code));
                }
            } catch (CsvNumbers.OutOfBoundsException e) {
                r.error("skills", Phrase.of("imports.agents.proficiency-range", shown, code,
                        dev.frontline.imports.csv.ImportError.asWritten(e.getMessage())));
            } catch (NumberFormatException e) {
                r.error("skills", Phrase.of("imports.agents.proficiency-not-number", shown, code));
            }
        }
        return levels;
    }

    /** The languages cell as a set; which codes are languages is the record's rule. */
    private static SortedSet<String> languages(CsvLine r) {
        SortedSet<String> languages = new TreeSet<>();
        for (String part : r.raw("languages").split(";")) {
            if (!part.isBlank()) {
                languages.add(part.strip());
            }
        }
        return languages;
    }

    @Override
    protected void crossCheck(List<Line<Row>> lines, Map<String, Row> stored, ErrorList errors) {
        Map<String, Long> lineOfEmail = new HashMap<>();
        Map<String, String> storedOwner = new HashMap<>();
        stored.values().forEach(a -> storedOwner.put(a.email(), a.employeeNumber()));
        for (Line<Row> line : lines) {
            Row agent = line.item();
            Long first = lineOfEmail.putIfAbsent(agent.email(), line.line());
            if (first != null) {
                errors.add(line.line(), "email", Phrase.of("imports.agents.email-in-file", agent.email(), first));
            }
            String owner = storedOwner.get(agent.email());
            if (owner != null && !owner.equals(agent.employeeNumber())) {
                errors.add(line.line(), "email", Phrase.of("imports.agents.email-stored", agent.email(), owner));
            }
        }
    }

    @Override
    protected String describe(String key) {
        return "agent " + key;
    }

    @Override
    protected String key(Row item) {
        return item.employeeNumber();
    }

    @Override
    protected Map<String, Row> stored() {
        Map<String, Row> stored = new LinkedHashMap<>();
        storedByNumber.forEach((number, agent) -> stored.put(number, Row.of(agent.data())));
        return stored;
    }

    @Override
    protected List<Row> exportRows() {
        return agents.all().stream().map(stored -> Row.of(stored.data())).toList();
    }

    @Override
    protected List<String> cells(Row r) {
        return List.of(r.employeeNumber(), r.firstName(), r.lastName(), r.email(), text(r.hireDate()), r.status().name(),
                r.contract(), text(r.team()), r.homeSite(), text(r.officeEligible()),
                r.skills().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().toPlainString())
                        .collect(Collectors.joining(";")),
                String.join(";", r.languages()), text(r.exitDate()), text(r.exitKind()), text(r.exitReason()));
    }

    @Override
    protected void write(Row r, Row stored) {
        Stored<AgentDraft> current = storedByNumber.get(r.employeeNumber());
        if (current == null) {
            agents.create(r.draft(null));
        } else {
            agents.update(current.id(), current.version(), r.draft(current.data()));
        }
    }
}
