package dev.frontline.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.training.TrainingException.Kind;
import dev.frontline.training.engine.Refusal;
import dev.frontline.training.engine.TimeToProficiency;
import dev.frontline.training.persistence.TrainingRepository;
import dev.frontline.training.persistence.TrainingSupplyRepository;
import dev.frontline.training.OffPhone.Month;
import dev.frontline.training.OffPhone.Scope;
import dev.frontline.training.OffPhone.ScopeOption;
import dev.frontline.shared.text.Phrase;

/**
 * What training supplies and what it costs, for HR and planners: the learning curve in use and its fit, the time to
 * proficiency of each path, and the off-phone hours per month of a site or team against the budget HR sets.
 */
@Service
public class TrainingSupplyService {

    static final String BUDGET = "training budget";
    /** At most three years of months in one read. */
    static final int MAX_MONTHS = 36;
    static final BigDecimal MAX_BUDGET = new BigDecimal("100000");

    /** A path's time to proficiency. */
    public record PathTime(TrainingPath path, TimeToProficiency time) {
    }

    private final TrainingSupplyRepository repository;
    private final TrainingRepository training;
    private final LearningCurves curves;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingSupplyService(TrainingSupplyRepository repository, TrainingRepository training, LearningCurves curves,
                          CurrentUser currentUser, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.training = training;
        this.curves = curves;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public LearningCurves.InUse learningCurve() {
        return curves.inUse();
    }

    /**
     * Per path: the median days to finish its courses, then the curve from the level it leaves an agent at — the
     * nesting level of an onboarding path, else the proficiency of its last course that grants a skill.
     */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<PathTime> timeToProficiency() {
        var curve = curves.inUse().curve();
        Map<String, List<Integer>> finished = new HashMap<>();
        repository.finishedPaths().forEach(f -> finished.computeIfAbsent(f.pathCode(), k -> new ArrayList<>()).add(f.days()));
        Map<String, BigDecimal> grants = new HashMap<>();
        training.courses().stream().filter(c -> c.course().grants() == TrainingGrant.SKILL)
                .forEach(c -> grants.put(c.course().code(), c.course().proficiency()));
        List<PathTime> times = new ArrayList<>();
        for (TrainingPath p : training.paths()) {
            BigDecimal start = p.path().nestingProficiency();
            if (start == null) {
                start = p.path().courses().stream().filter(grants::containsKey).map(grants::get)
                        .reduce((first, last) -> last).orElse(null);
            }
            times.add(new PathTime(p, TimeToProficiency.of(finished.getOrDefault(p.path().code(), List.of()),
                    start == null ? null : start.doubleValue(), curve, ProficiencyOnDate.FULL)));
        }
        return times;
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<ScopeOption> scopes(Scope scope) {
        return repository.scopeOptions(scope);
    }

    /** Off-phone hours per site or team and month in [from, to], with the budgets. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Month> offPhone(Scope scope, YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new TrainingException(Kind.BAD_INPUT, Refusal.of(from == null ? "from" : "to", "required"));
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new TrainingException(Kind.BAD_INPUT, Refusal.of("to", "month-range", from, to, MAX_MONTHS));
        }
        return repository.offPhone(scope, from, to);
    }

    /** Sets a site's or team's budget of off-phone hours for a month; null hours remove it. HR only. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void setBudget(Scope scope, String code, YearMonth month, BigDecimal hours) {
        List<Refusal> refusals = new ArrayList<>();
        if (month == null) {
            refusals.add(Refusal.of("month", "required"));
        }
        if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_BUDGET) > 0
                || hours.stripTrailingZeros().scale() > 1)) {
            refusals.add(Refusal.of("hours", "budget-range", MAX_BUDGET));
        }
        Long id = code == null ? null : repository.scopeId(scope, code).orElse(null);
        if (id == null) {
            refusals.add(Refusal.of(scope == Scope.SITE ? "site" : "team",
                    scope == Scope.SITE ? "unknown-site" : "unknown-team", code));
        }
        if (!refusals.isEmpty()) {
            boolean missing = id == null && code != null && refusals.size() == 1;
            throw new TrainingException(missing ? Kind.NOT_FOUND : Kind.BAD_INPUT, refusals);
        }
        String by = currentUser.get().map(u -> u.getUsername()).orElse(AuditTrail.SYSTEM_ACTOR);
        repository.setBudget(scope, id, month, hours, by);
        audit.record(BUDGET, scope + " " + code + " " + month, hours == null ? AuditAction.DELETE : AuditAction.UPDATE,
                hours == null ? Phrase.of("audit.training.budget-removed") : Phrase.of("audit.training.budget", hours));
    }
}
