package dev.frontline.workforce.masterdata;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.workforce.masterdata.AgentDraft.AvailabilityException;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft.WeeklySlot;

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

    AgentMasterService(AgentMasterRepository agents, MasterDataAudit audit) {
        this.agents = agents;
        this.audit = audit;
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

    private AgentDraft validate(AgentDraft d, Long id) {
        String number = d.employeeNumber() == null ? null : d.employeeNumber().trim();
        Rules.require(Rules.employeeNumber(number), "agent.error.number", String.valueOf(number));
        Rules.require(!agents.numberTaken(number, id), "agent.error.number-taken", number);
        Rules.require(Rules.text(d.firstName()) && Rules.text(d.lastName()), "agent.error.name");
        String email = d.email() == null ? null : d.email().trim().toLowerCase(Locale.ROOT);
        Rules.require(Rules.email(email), "agent.error.email", String.valueOf(email));
        Rules.require(!agents.emailTaken(email, id), "agent.error.email-taken", email);
        Rules.require(d.hireDate() != null, "agent.error.hire-date");
        Rules.require(d.status() != null, "agent.error.status");
        boolean left = d.status() == AgentStatus.LEFT;
        if (left) {
            Rules.require(d.exitDate() != null && !d.exitDate().isBefore(d.hireDate()), "agent.error.exit-date");
            Rules.require(d.exitKind() != null, "agent.error.exit-kind");
        }
        AgentMasterRepository.Ids ids = agents.ids(d);
        Rules.require(ids.contract() != null, "agent.error.contract");
        Rules.require(d.teamCode() == null || ids.team() != null, "agent.error.team");
        Rules.require(ids.site() != null, "agent.error.site");
        Rules.require(d.officeEligible() != null, "agent.error.office");

        List<SkillLevel> skills = d.skills() == null ? List.of() : d.skills();
        var skillCodes = new HashSet<String>();
        for (SkillLevel s : skills) {
            Rules.require(s.skillCode() != null && agents.skillExists(s.skillCode()), "agent.error.skill",
                    String.valueOf(s.skillCode()));
            Rules.require(skillCodes.add(s.skillCode()), "agent.error.skill-twice", s.skillCode());
            Rules.require(s.proficiency() != null && s.proficiency() > 0 && s.proficiency() <= 1,
                    "agent.error.proficiency", s.skillCode());
        }
        var languages = new TreeSet<String>();
        for (String language : d.languages() == null ? List.<String>of() : d.languages()) {
            Rules.require(Rules.language(language), "masterdata.error.language", language);
            languages.add(language);
        }
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
        return new AgentDraft(number, d.firstName().trim(), d.lastName().trim(), email, d.hireDate(), d.status(),
                left ? d.exitDate() : null, left ? d.exitKind() : null,
                left && d.exitReason() != null && !d.exitReason().isBlank() ? d.exitReason().trim() : null,
                d.contractCode(), d.teamCode(), d.homeSiteCode(), d.officeEligible(),
                skills.stream().sorted(Comparator.comparing(SkillLevel::skillCode)).toList(), languages, weekly,
                exceptions.stream().map(e -> new AvailabilityException(e.date(), e.available(), e.from(), e.to(),
                        e.reason() == null || e.reason().isBlank() ? null : e.reason().trim())).toList());
    }
}
