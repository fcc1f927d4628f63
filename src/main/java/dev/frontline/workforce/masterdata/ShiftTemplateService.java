package dev.frontline.workforce.masterdata;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.workforce.persistence.ShiftTemplateRepository;

/** Shift templates: start window, lengths, break and lunch rules, and the templates that may not follow. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class ShiftTemplateService implements MasterDataStore.Deletable<ShiftTemplateDraft> {

    static final String ENTITY = "shift-template";

    private final ShiftTemplateRepository templates;
    private final MasterDataAudit audit;
    private final DraftRules rules;

    ShiftTemplateService(ShiftTemplateRepository templates, MasterDataAudit audit, DraftRules rules) {
        this.templates = templates;
        this.audit = audit;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Stored<ShiftTemplateDraft>> all() {
        return templates.findAll();
    }

    @Override
    public Stored<ShiftTemplateDraft> create(ShiftTemplateDraft draft) {
        ShiftTemplateDraft d = validate(draft, null);
        long id = templates.insert(d);
        audit.created(ENTITY, d.code(), d);
        return templates.find(id).orElseThrow();
    }

    @Override
    public Stored<ShiftTemplateDraft> update(long id, int version, ShiftTemplateDraft draft) {
        Stored<ShiftTemplateDraft> before = templates.find(id).orElseThrow(() -> audit.stale(ENTITY, draft.code(), true));
        ShiftTemplateDraft d = validate(draft, id);
        if (before.version() != version || !templates.update(id, version, d)) {
            throw audit.stale(ENTITY, before.data().code(), false);
        }
        audit.updated(ENTITY, d.code(), before.data(), d);
        return templates.find(id).orElseThrow();
    }

    /** Refused while contracts allow the template or rosters use it. */
    @Override
    public void delete(long id, int version) {
        Stored<ShiftTemplateDraft> before = templates.find(id)
                .orElseThrow(() -> new MasterDataException("masterdata.error.gone"));
        String code = before.data().code();
        int contracts = templates.contractsAllowing(id);
        int shifts = templates.rosterShifts(id);
        Rules.require(contracts == 0 && shifts == 0, "shift-template.error.in-use", code, contracts, shifts);
        if (before.version() != version || !templates.delete(id, version)) {
            throw audit.stale(ENTITY, code, false);
        }
        audit.deleted(ENTITY, code, before.data());
    }

    /**
     * The rules a draft breaks, without saving it: how an import checks every row before it writes any. The same
     * rules run again when the draft is saved.
     */
    public List<RuleViolation> check(ShiftTemplateDraft draft) {
        return rules.check(normalised(draft));
    }

    private ShiftTemplateDraft validate(ShiftTemplateDraft draft, Long id) {
        ShiftTemplateDraft d = normalised(draft);
        rules.require(d);
        Rules.require(!templates.codeTaken(d.code(), id), "masterdata.error.code-taken", d.code());
        for (String successor : d.forbiddenSuccessors()) {
            // a template naming itself is created before its own successor row is written
            Rules.require(successor.equals(d.code()) || templates.exists(successor), "shift-template.error.successor",
                    successor);
        }
        return d;
    }

    /** The draft as it is stored: code and name trimmed, successors in code order. */
    private static ShiftTemplateDraft normalised(ShiftTemplateDraft d) {
        return new ShiftTemplateDraft(d.code() == null ? null : d.code().trim(), d.name() == null ? null : d.name().trim(),
                d.earliestStart(), d.latestStart(), d.startStepMinutes(), d.lengthsMinutes(), d.breakCount(),
                d.breakMinutes(), d.lunchMinutes(), d.breakEarliestAfterStart(), d.breakLatestBeforeEnd(),
                d.minMinutesBetweenBreaks(),
                new TreeSet<>(d.forbiddenSuccessors() == null ? Set.<String>of() : d.forbiddenSuccessors()));
    }
}
