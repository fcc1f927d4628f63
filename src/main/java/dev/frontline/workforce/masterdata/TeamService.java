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
    private final DraftRules rules;

    TeamService(TeamRepository teams, MasterDataAudit audit, DraftRules rules) {
        this.teams = teams;
        this.audit = audit;
        this.rules = rules;
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

    /** The declared rules first (on the draft as it will be stored), then those that need the database. */
    private TeamDraft validate(TeamDraft draft, Long id) {
        String lead = draft.leadEmployeeNumber() == null || draft.leadEmployeeNumber().isBlank() ? null
                : draft.leadEmployeeNumber();
        TeamDraft d = new TeamDraft(Rules.trimmed(draft.code()), Rules.trimmed(draft.name()), draft.siteCode(), lead,
                draft.officeWeekday());
        rules.require(d);
        Rules.require(!teams.codeTaken(d.code(), id), "masterdata.error.code-taken", d.code());
        Rules.require(teams.siteId(d.siteCode()).isPresent(), "team.error.site");
        return d;
    }
}
