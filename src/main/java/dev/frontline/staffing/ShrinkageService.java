package dev.frontline.staffing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.staffing.InvalidShrinkageException.Field;
import dev.frontline.staffing.InvalidShrinkageException.Problem;
import dev.frontline.staffing.persistence.ShrinkageRepository;

/** The shrinkage table: planned and unplanned shrinkage per queue and weekday, with defaults. Planners only. */
@Service
@Transactional(readOnly = true)
public class ShrinkageService {

    /** One row of the editor: both values empty means "no row here, inherit from the less specific rows". */
    public record Entry(DayOfWeek weekday, Double plannedPercent, Double unplannedPercent) {
        boolean isEmpty() {
            return plannedPercent == null && unplannedPercent == null;
        }
    }

    private final ShrinkageRepository repository;

    ShrinkageService(ShrinkageRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("hasRole('PLANNER')")
    public ShrinkageTable table() {
        return new ShrinkageTable(repository.findAll());
    }

    /** Monday to Sunday for one queue, each with the row it comes from. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<EffectiveShrinkage> effectiveWeek(long queueId) {
        return table().week(queueId);
    }

    /** The rows of one scope: a queue's own rows, or the defaults for every queue when {@code queueId} is null. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<ShrinkageRule> rulesOf(Long queueId) {
        return repository.findAll().stream()
                .filter(r -> queueId == null ? r.queueId() == null : queueId.equals(r.queueId()))
                .toList();
    }

    /**
     * Replaces the rows of one scope (a queue, or the defaults when {@code queueId} is null) with the given entries.
     * Every entry is checked first; one bad entry refuses the whole save and nothing is written.
     */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void save(Long queueId, List<Entry> entries) {
        List<ShrinkageRule> rules = new ArrayList<>();
        Set<DayOfWeek> seen = new HashSet<>();
        boolean everyDaySeen = false;
        for (Entry entry : entries) {
            if (entry.weekday() == null ? everyDaySeen : !seen.add(entry.weekday())) {
                throw new IllegalArgumentException("shrinkage: the row " + (entry.weekday() == null ? "every day" : entry.weekday())
                        + " appears twice");
            }
            everyDaySeen |= entry.weekday() == null;
            if (!entry.isEmpty()) {
                rules.add(validated(queueId, entry));
            }
        }
        repository.replaceScope(queueId, rules);
    }

    static ShrinkageRule validated(Long queueId, Entry entry) {
        double planned = part(entry.weekday(), Field.PLANNED, entry.plannedPercent());
        double unplanned = part(entry.weekday(), Field.UNPLANNED, entry.unplannedPercent());
        // stored with two decimals: check the total as it will be stored
        double total = Math.round(planned * 100) / 100.0 + Math.round(unplanned * 100) / 100.0;
        if (total >= 100) {
            throw new InvalidShrinkageException(entry.weekday(), Field.TOTAL, Problem.TOTAL_TOO_HIGH, total);
        }
        return new ShrinkageRule(queueId, entry.weekday(), planned, unplanned);
    }

    private static double part(DayOfWeek weekday, Field field, Double value) {
        if (value == null) {
            throw new InvalidShrinkageException(weekday, field, Problem.MISSING, 0);
        }
        if (!Double.isFinite(value)) {
            throw new InvalidShrinkageException(weekday, field, Problem.NOT_A_NUMBER, 0);
        }
        if (value < 0) {
            throw new InvalidShrinkageException(weekday, field, Problem.NEGATIVE, value);
        }
        return value;
    }
}
