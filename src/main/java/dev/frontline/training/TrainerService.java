package dev.frontline.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.training.TrainingException.Kind;
import dev.frontline.training.engine.Refusal;
import dev.frontline.training.persistence.TrainerRepository;

/**
 * When the catalogue's named trainers can teach (docs/training.md, "Trainers' availability"): HR replaces a trainer's
 * weekly hours and days away all or nothing at the version read; planners read them. The roster places a named
 * trainer's sessions only inside them.
 */
@Service
public class TrainerService {

    static final String TRAINER = "training trainer";

    private final TrainerRepository repository;
    private final AuditTrail audit;

    TrainerService(TrainerRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Trainer> trainers() {
        return repository.trainers();
    }

    /**
     * Replaces the named trainer's weekly hours and days away. Refused, naming the field: a name no course uses (404),
     * a weekday missing or twice, a window that does not end after it starts, a day away missing or twice (400), a
     * version changed meanwhile (409).
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public Trainer replace(String name, int version, List<Trainer.Hours> hours, List<Trainer.Away> away) {
        if (name == null || !repository.namedTrainers().contains(name)) {
            throw new TrainingException(Kind.NOT_FOUND, Refusal.of("name", "unknown-trainer", String.valueOf(name)));
        }
        List<Refusal> refusals = check(hours, away);
        if (!refusals.isEmpty()) {
            throw new TrainingException(Kind.BAD_INPUT, refusals);
        }
        long trainer = repository.trainerIdOrNew(name);
        if (!repository.bumpVersion(trainer, version)) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("version", "stale", name));
        }
        List<Trainer.Away> cleaned = away.stream()
                .map(a -> new Trainer.Away(a.day(), a.reason() == null || a.reason().isBlank() ? null : a.reason().strip()))
                .toList();
        repository.replace(trainer, hours, cleaned);
        audit.record(TRAINER, name, AuditAction.UPDATE,
                Phrase.of("audit.training.trainer", name, hours.size(), cleaned.size()));
        return repository.trainers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every rule the hours and days away break, each with its field ({@code hours[1].to}, {@code away[0].day}). */
    public static List<Refusal> check(List<Trainer.Hours> hours, List<Trainer.Away> away) {
        List<Refusal> refusals = new ArrayList<>();
        Set<DayOfWeek> weekdays = new HashSet<>();
        for (int i = 0; i < hours.size(); i++) {
            Trainer.Hours h = hours.get(i);
            String field = "hours[" + i + "]";
            if (h.weekday() == null) {
                refusals.add(Refusal.of(field + ".weekday", "required"));
            } else if (!weekdays.add(h.weekday())) {
                refusals.add(Refusal.of(field + ".weekday", "weekday-twice", h.weekday().toString()));
            }
            if (h.from() == null) {
                refusals.add(Refusal.of(field + ".from", "required"));
            }
            if (h.to() == null) {
                refusals.add(Refusal.of(field + ".to", "required"));
            }
            if (h.from() != null && h.to() != null && !h.from().isBefore(h.to())) {
                refusals.add(Refusal.of(field + ".to", "window-backwards", h.to().toString(), h.from().toString()));
            }
        }
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < away.size(); i++) {
            Trainer.Away a = away.get(i);
            if (a.day() == null) {
                refusals.add(Refusal.of("away[" + i + "].day", "required"));
            } else if (!days.add(a.day())) {
                refusals.add(Refusal.of("away[" + i + "].day", "away-twice", a.day()));
            }
        }
        return refusals;
    }
}
