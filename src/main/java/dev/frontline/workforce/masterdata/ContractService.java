package dev.frontline.workforce.masterdata;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.workforce.masterdata.ContractDraft.AllowedTemplate;
import dev.frontline.workforce.persistence.ContractRepository;

/**
 * Contracts and their labour rules. The rules declared on {@link ContractDraft} are checked first, then those that
 * need the database (a free code, known templates), so nothing the database would refuse reaches it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class ContractService implements MasterDataStore.Deletable<ContractDraft> {

    static final String ENTITY = "contract";

    private final ContractRepository contracts;
    private final MasterDataAudit audit;
    private final DraftRules rules;

    ContractService(ContractRepository contracts, MasterDataAudit audit, DraftRules rules) {
        this.contracts = contracts;
        this.audit = audit;
        this.rules = rules;
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

    /**
     * The rules a draft breaks, without saving it: how an import checks every row before it writes any. The same
     * rules run again when the draft is saved.
     */
    public List<RuleViolation> check(ContractDraft draft) {
        return rules.check(normalised(draft));
    }

    private ContractDraft validate(ContractDraft draft, Long id) {
        ContractDraft d = normalised(draft);
        rules.require(d);
        Rules.require(!contracts.codeTaken(d.code(), id), "masterdata.error.code-taken", d.code());
        var seen = new HashSet<String>();
        for (AllowedTemplate t : d.allowedTemplates()) {
            Rules.require(t.templateCode() != null && contracts.templateExists(t.templateCode()),
                    "contract.error.template", String.valueOf(t.templateCode()));
            Rules.require(seen.add(t.templateCode()), "contract.error.template-twice", t.templateCode());
        }
        return d;
    }

    /** The draft as it is stored: code and name trimmed, allowed templates in code order. */
    private static ContractDraft normalised(ContractDraft d) {
        List<AllowedTemplate> templates = d.allowedTemplates() == null ? List.of() : d.allowedTemplates();
        return new ContractDraft(d.code() == null ? null : d.code().trim(), d.name() == null ? null : d.name().trim(),
                d.minMinutesPerWeek(), d.maxMinutesPerWeek(),
                d.overtimeAfterMinutesPerWeek(), d.minRestMinutes(), d.minConsecutiveWorkingDays(),
                d.maxConsecutiveWorkingDays(), d.minConsecutiveDaysOff(), d.maxWeekendsPer4Weeks(),
                d.maxNightShiftsPerWeek(), d.nightStartsAt(), d.nightEndsAt(), d.minOfficeDaysPerWeek(),
                templates.stream().sorted(Comparator.comparing(AllowedTemplate::templateCode,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).toList());
    }
}
