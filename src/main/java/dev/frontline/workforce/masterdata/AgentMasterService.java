package dev.frontline.workforce.masterdata;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.workforce.masterdata.AgentDraft.AvailabilityException;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft.WeeklySlot;
import dev.frontline.workforce.persistence.AgentMasterRepository;

/**
 * Agents as master data. Agents are never deleted, they leave (status LEFT with exit date, kind and reason), so
 * turnover and old rosters keep their people.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class AgentMasterService implements MasterDataStore<AgentDraft> {

    static final String ENTITY = "agent";

    private final AgentMasterRepository agents;
    private final MasterDataAudit audit;
    private final DraftRules rules;

    AgentMasterService(AgentMasterRepository agents, MasterDataAudit audit, DraftRules rules) {
        this.agents = agents;
        this.audit = audit;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Stored<AgentDraft>> all() {
        return agents.findAll();
    }

    @Override
    public Stored<AgentDraft> create(AgentDraft draft) {
        AgentDraft d = validate(draft, null);
        long id = agents.insert(d, agents.ids(d));
        audit.created(ENTITY, d.employeeNumber(), d);
        return agents.find(id).orElseThrow();
    }

    @Override
    public Stored<AgentDraft> update(long id, int version, AgentDraft draft) {
        Stored<AgentDraft> before = agents.find(id).orElseThrow(() -> audit.stale(ENTITY, draft.employeeNumber(), true));
        AgentDraft d = validate(draft, id);
        agents.teamLedBy(id).ifPresent(team -> Rules.require(
                d.status() != AgentStatus.LEFT && Objects.equals(team, d.teamCode()),
                "agent.error.leads-team", d.employeeNumber(), team));
        if (before.version() != version || !agents.update(id, version, d, agents.ids(d))) {
            throw audit.stale(ENTITY, before.data().employeeNumber(), false);
        }
        audit.updated(ENTITY, d.employeeNumber(), before.data(), d);
        return agents.find(id).orElseThrow();
    }

    /**
     * The rules a draft breaks by itself, without saving it: how an import checks every row before it writes any.
     * The same rules, and those that need the database, run again when the draft is saved.
     */
    public List<RuleViolation> check(AgentDraft draft) {
        return rules.check(trimmed(draft));
    }

    private AgentDraft validate(AgentDraft draft, Long id) {
        AgentDraft d = trimmed(draft);
        rules.require(d);
        Rules.require(!agents.numberTaken(d.employeeNumber(), id), "agent.error.number-taken", d.employeeNumber());
        Rules.require(!agents.emailTaken(d.email(), id), "agent.error.email-taken", d.email());
        boolean left = d.status() == AgentStatus.LEFT;
        AgentMasterRepository.Ids ids = agents.ids(d);
        Rules.require(ids.contract() != null, "agent.error.contract");
        Rules.require(d.teamCode() == null || ids.team() != null, "agent.error.team");
        Rules.require(ids.site() != null, "agent.error.site");

        List<SkillLevel> skills = d.skills() == null ? List.of() : d.skills();
        var skillCodes = new HashSet<String>();
        for (SkillLevel s : skills) {
            Rules.require(s.skillCode() != null && agents.skillExists(s.skillCode()), "agent.error.skill",
                    String.valueOf(s.skillCode()));
            Rules.require(skillCodes.add(s.skillCode()), "agent.error.skill-twice", s.skillCode());
        }
        var languages = new TreeSet<String>();
        languages.addAll(d.languages() == null ? Set.of() : d.languages());
        List<WeeklySlot> weekly = d.weeklyAvailability() == null ? List.of() : d.weeklyAvailability().stream()
                .sorted(Comparator.comparing(WeeklySlot::weekday).thenComparing(WeeklySlot::from)).toList();
        for (int i = 0; i < weekly.size(); i++) {
            WeeklySlot w = weekly.get(i);
            Rules.require(w.weekday() != null && w.from() != null && w.to() != null && w.from().isBefore(w.to()),
                    "agent.error.slot", String.valueOf(w));
            Rules.require(i == 0 || weekly.get(i - 1).weekday() != w.weekday() || !weekly.get(i - 1).to().isAfter(w.from()),
                    "agent.error.slot-overlap", String.valueOf(w));
        }
        List<AvailabilityException> exceptions = d.availabilityExceptions() == null ? List.of()
                : d.availabilityExceptions().stream().sorted(Comparator.comparing(AvailabilityException::date)).toList();
        var dates = new HashSet<java.time.LocalDate>();
        for (AvailabilityException e : exceptions) {
            Rules.require(e.date() != null, "agent.error.exception-date");
            Rules.require(dates.add(e.date()), "agent.error.exception-twice", e.date());
            Rules.require(e.available() ? e.from() != null && e.to() != null && e.from().isBefore(e.to())
                    : e.from() == null && e.to() == null, "agent.error.exception-window", e.date());
        }
        return new AgentDraft(d.employeeNumber(), d.firstName(), d.lastName(), d.email(), d.hireDate(), d.status(),
                left ? d.exitDate() : null, left ? d.exitKind() : null,
                left && d.exitReason() != null && !d.exitReason().isBlank() ? d.exitReason().trim() : null,
                d.contractCode(), d.teamCode(), d.homeSiteCode(), d.officeEligible(),
                skills.stream().sorted(Comparator.comparing(SkillLevel::skillCode)).toList(), languages, weekly,
                exceptions.stream().map(e -> new AvailabilityException(e.date(), e.available(), e.from(), e.to(),
                        e.reason() == null || e.reason().isBlank() ? null : e.reason().trim())).toList());
    }

    /** Number and names without the spaces a form or a file leaves around them. */
    private static AgentDraft trimmed(AgentDraft d) {
        return new AgentDraft(strip(d.employeeNumber()), strip(d.firstName()), strip(d.lastName()), d.email(),
                d.hireDate(), d.status(), d.exitDate(), d.exitKind(), d.exitReason(), d.contractCode(), d.teamCode(),
                d.homeSiteCode(), d.officeEligible(), d.skills(), d.languages(), d.weeklyAvailability(),
                d.availabilityExceptions());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
