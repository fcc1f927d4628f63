package dev.frontline.workforce.masterdata;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.workforce.persistence.TeamRepository;

/** Teams: site, lead (one of the team's own agents) and the team's office weekday. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class TeamService implements MasterDataStore.Deletable<TeamDraft> {

    static final String ENTITY = "team";

    private final TeamRepository teams;
    private final MasterDataAudit audit;

    TeamService(TeamRepository teams, MasterDataAudit audit) {
        this.teams = teams;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Stored<TeamDraft>> all() {
        return teams.findAll();
    }

    /** Who may lead the team: its current members. */
    @Transactional(readOnly = true)
    public List<AgentChoice> members(String teamCode) {
        return teams.members(teamCode);
    }

    /** A new team has no members yet, so it starts without a lead. */
    @Override
    public Stored<TeamDraft> create(TeamDraft draft) {
        TeamDraft d = validate(draft, null);
        Rules.require(d.leadEmployeeNumber() == null, "team.error.lead-new");
        long id = teams.insert(d, teams.siteId(d.siteCode()).orElseThrow(), null);
        audit.created(ENTITY, d.code(), d);
        return teams.find(id).orElseThrow();
    }

    @Override
    public Stored<TeamDraft> update(long id, int version, TeamDraft draft) {
        Stored<TeamDraft> before = teams.find(id).orElseThrow(() -> audit.stale(ENTITY, draft.code(), true));
        TeamDraft d = validate(draft, id);
        Long leadId = d.leadEmployeeNumber() == null ? null : teams.memberId(id, d.leadEmployeeNumber())
                .orElseThrow(() -> new MasterDataException("team.error.lead", d.leadEmployeeNumber(), d.code()));
        if (before.version() != version
                || !teams.update(id, version, d, teams.siteId(d.siteCode()).orElseThrow(), leadId)) {
            throw audit.stale(ENTITY, before.data().code(), false);
        }
        audit.updated(ENTITY, d.code(), before.data(), d);
        return teams.find(id).orElseThrow();
    }

    /** Refused while agents belong to the team. */
    @Override
    public void delete(long id, int version) {
        Stored<TeamDraft> before = teams.find(id).orElseThrow(() -> new MasterDataException("masterdata.error.gone"));
        String code = before.data().code();
        int agents = teams.agentsIn(id);
        Rules.require(agents == 0, "team.error.in-use", code, agents);
        if (before.version() != version || !teams.delete(id, version)) {
            throw audit.stale(ENTITY, code, false);
        }
        audit.deleted(ENTITY, code, before.data());
    }

    private TeamDraft validate(TeamDraft d, Long id) {
        String code = d.code() == null ? null : d.code().trim();
        Rules.require(Rules.code(code), "masterdata.error.code", String.valueOf(code));
        Rules.require(!teams.codeTaken(code, id), "masterdata.error.code-taken", code);
        Rules.require(Rules.text(d.name()), "masterdata.error.name");
        Rules.require(d.siteCode() != null && teams.siteId(d.siteCode()).isPresent(), "team.error.site");
        Rules.require(d.officeWeekday() == null || Rules.between(d.officeWeekday(), 1, 7), "team.error.weekday");
        String lead = d.leadEmployeeNumber() == null || d.leadEmployeeNumber().isBlank() ? null : d.leadEmployeeNumber();
        return new TeamDraft(code, d.name().trim(), d.siteCode(), lead, d.officeWeekday());
    }
}
