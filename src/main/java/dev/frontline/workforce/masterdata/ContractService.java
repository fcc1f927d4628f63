package dev.frontline.workforce.masterdata;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.workforce.masterdata.ContractDraft.AllowedTemplate;

/** Contracts and their labour rules, with the bounds the database enforces checked first. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class ContractService implements MasterDataStore.Deletable<ContractDraft> {

    static final String ENTITY = "contract";

    private final ContractRepository contracts;
    private final MasterDataAudit audit;

    ContractService(ContractRepository contracts, MasterDataAudit audit) {
        this.contracts = contracts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Stored<ContractDraft>> all() {
        return contracts.findAll();
    }

    @Override
    public Stored<ContractDraft> create(ContractDraft draft) {
        ContractDraft d = validate(draft, null);
        long id = contracts.insert(d);
        audit.created(ENTITY, d.code(), d);
        return contracts.find(id).orElseThrow();
    }

    @Override
    public Stored<ContractDraft> update(long id, int version, ContractDraft draft) {
        Stored<ContractDraft> before = contracts.find(id).orElseThrow(() -> audit.stale(ENTITY, draft.code(), true));
        ContractDraft d = validate(draft, id);
        if (before.version() != version || !contracts.update(id, version, d)) {
            throw audit.stale(ENTITY, before.data().code(), false);
        }
        audit.updated(ENTITY, d.code(), before.data(), d);
        return contracts.find(id).orElseThrow();
    }

    /** Refused while any agent (also one who left) is on the contract: their history keeps it. */
    @Override
    public void delete(long id, int version) {
        Stored<ContractDraft> before = contracts.find(id).orElseThrow(() -> new MasterDataException("masterdata.error.gone"));
        String code = before.data().code();
        int agents = contracts.agentsOn(id);
        Rules.require(agents == 0, "contract.error.in-use", code, agents);
        if (before.version() != version || !contracts.delete(id, version)) {
            throw audit.stale(ENTITY, code, false);
        }
        audit.deleted(ENTITY, code, before.data());
    }

    private ContractDraft validate(ContractDraft d, Long id) {
        String code = d.code() == null ? null : d.code().trim();
        Rules.require(Rules.code(code), "masterdata.error.code", String.valueOf(code));
        Rules.require(!contracts.codeTaken(code, id), "masterdata.error.code-taken", code);
        Rules.require(Rules.text(d.name()), "masterdata.error.name");
        Rules.require(Rules.between(d.maxMinutesPerWeek(), 1, 4800), "contract.error.max-minutes");
        Rules.require(Rules.between(d.minMinutesPerWeek(), 0, d.maxMinutesPerWeek()), "contract.error.min-minutes");
        Rules.require(d.overtimeAfterMinutesPerWeek() == null || Rules.between(d.overtimeAfterMinutesPerWeek(), 1, 4800),
                "contract.error.overtime");
        Rules.require(Rules.between(d.minRestMinutes(), 0, 1440), "contract.error.rest");
        Rules.require(Rules.between(d.maxConsecutiveWorkingDays(), 1, 14), "contract.error.max-days");
        Rules.require(Rules.between(d.minConsecutiveWorkingDays(), 1, Math.min(7, d.maxConsecutiveWorkingDays())),
                "contract.error.min-days");
        Rules.require(Rules.between(d.minConsecutiveDaysOff(), 1, 7), "contract.error.days-off");
        Rules.require(Rules.between(d.maxWeekendsPer4Weeks(), 0, 4), "contract.error.weekends");
        Rules.require(Rules.between(d.maxNightShiftsPerWeek(), 0, 7), "contract.error.nights");
        Rules.require(d.nightStartsAt() != null && d.nightEndsAt() != null, "contract.error.night-window");
        Rules.require(Rules.between(d.minOfficeDaysPerWeek(), 0, 7), "contract.error.office-days");
        List<AllowedTemplate> templates = d.allowedTemplates() == null ? List.of() : d.allowedTemplates();
        var seen = new HashSet<String>();
        for (AllowedTemplate t : templates) {
            Rules.require(t.templateCode() != null && contracts.templateExists(t.templateCode()),
                    "contract.error.template", String.valueOf(t.templateCode()));
            Rules.require(seen.add(t.templateCode()), "contract.error.template-twice", t.templateCode());
            Rules.require(t.maxShiftsPer4Weeks() == null || Rules.between(t.maxShiftsPer4Weeks(), 0, 28),
                    "contract.error.template-cap", t.templateCode());
        }
        return new ContractDraft(code, d.name().trim(), d.minMinutesPerWeek(), d.maxMinutesPerWeek(),
                d.overtimeAfterMinutesPerWeek(), d.minRestMinutes(), d.minConsecutiveWorkingDays(),
                d.maxConsecutiveWorkingDays(), d.minConsecutiveDaysOff(), d.maxWeekendsPer4Weeks(),
                d.maxNightShiftsPerWeek(), d.nightStartsAt(), d.nightEndsAt(), d.minOfficeDaysPerWeek(),
                templates.stream().sorted(Comparator.comparing(AllowedTemplate::templateCode)).toList());
    }
}
