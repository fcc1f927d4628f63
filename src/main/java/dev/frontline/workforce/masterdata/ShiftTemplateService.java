package dev.frontline.workforce.masterdata;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Shift templates: start window, lengths, break and lunch rules, and the templates that may not follow. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class ShiftTemplateService implements MasterDataStore.Deletable<ShiftTemplateDraft> {

    static final String ENTITY = "shift-template";

    private final ShiftTemplateRepository templates;
    private final MasterDataAudit audit;

    ShiftTemplateService(ShiftTemplateRepository templates, MasterDataAudit audit) {
        this.templates = templates;
        this.audit = audit;
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

    private ShiftTemplateDraft validate(ShiftTemplateDraft d, Long id) {
        String code = d.code() == null ? null : d.code().trim();
        Rules.require(Rules.code(code), "masterdata.error.code", String.valueOf(code));
        Rules.require(!templates.codeTaken(code, id), "masterdata.error.code-taken", code);
        Rules.require(Rules.text(d.name()), "masterdata.error.name");
        Rules.require(d.earliestStart() != null && d.latestStart() != null
                && !d.earliestStart().isAfter(d.latestStart()), "shift-template.error.window");
        Rules.require(d.startStepMinutes() != null && Set.of(15, 30, 60).contains(d.startStepMinutes()),
                "shift-template.error.step");
        List<Integer> lengths = d.lengthsMinutes() == null ? List.of() : d.lengthsMinutes();
        Rules.require(!lengths.isEmpty() && lengths.size() <= 12, "shift-template.error.lengths");
        for (Integer length : lengths) {
            Rules.require(Rules.between(length, 60, 960), "shift-template.error.length", String.valueOf(length));
        }
        Rules.require(Rules.between(d.breakCount(), 0, 4), "shift-template.error.break-count");
        Rules.require(Rules.between(d.breakMinutes(), 0, 60) && d.breakMinutes() % 15 == 0,
                "shift-template.error.break-minutes");
        Rules.require(Rules.between(d.lunchMinutes(), 0, 120) && d.lunchMinutes() % 15 == 0,
                "shift-template.error.lunch-minutes");
        Rules.require(Rules.between(d.breakEarliestAfterStart(), 0, 600), "shift-template.error.offset");
        Rules.require(Rules.between(d.breakLatestBeforeEnd(), 0, 600), "shift-template.error.offset");
        Rules.require(Rules.between(d.minMinutesBetweenBreaks(), 0, 600), "shift-template.error.gap");
        Set<String> successors = new TreeSet<>(d.forbiddenSuccessors() == null ? Set.of() : d.forbiddenSuccessors());
        for (String successor : successors) {
            Rules.require(successor.equals(code) || templates.exists(successor), "shift-template.error.successor",
                    successor);
        }
        // a template naming itself is created before its own successor row is written
        return new ShiftTemplateDraft(code, d.name().trim(), d.earliestStart(), d.latestStart(),
                d.startStepMinutes(), new TreeSet<>(lengths).stream().toList(), d.breakCount(), d.breakMinutes(),
                d.lunchMinutes(), d.breakEarliestAfterStart(), d.breakLatestBeforeEnd(), d.minMinutesBetweenBreaks(),
                successors);
    }
}
