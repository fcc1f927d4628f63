package dev.frontline.training.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.training.Trainer;
import dev.frontline.training.TrainerService;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingException.Kind;
import dev.frontline.training.engine.Refusal;

/** When the catalogue's named trainers can teach: read by HR and planners, replaced by HR. */
@RestController
@RequestMapping("/api/v1/training/trainers")
@PreAuthorize("hasAnyRole('HR', 'PLANNER')")
@Tag(name = "Training", description = "Courses with prerequisites, paths, enrolments and results")
class TrainerController {

    private final TrainerService trainers;

    TrainerController(TrainerService trainers) {
        this.trainers = trainers;
    }

    @GetMapping
    @Operation(summary = "Every trainer the catalogue names (not an agent) with their weekly hours and days away; "
            + "none of either is any time")
    List<Trainer> trainers() {
        return trainers.trainers();
    }

    /** One weekly window: weekday MONDAY..SUNDAY, local times "09:00". */
    record HoursBody(String weekday, LocalTime from, LocalTime to) {
    }

    record AwayBody(LocalDate day, String reason) {
    }

    record TrainerBody(int version, List<HoursBody> hours, List<AwayBody> away) {
    }

    @PutMapping("/{name}")
    @PreAuthorize("hasRole('HR')")
    @Operation(summary = "Replace a named trainer's weekly hours and days away at the version read, all or none",
            description = "400 names the field: a weekday unknown or twice, a window that ends before it starts, a "
                    + "day away twice; 404 a name no course uses; 409 changed meanwhile")
    Trainer replace(@PathVariable String name, @RequestBody TrainerBody body) {
        List<HoursBody> hoursIn = body.hours() == null ? List.of() : body.hours();
        List<Refusal> refusals = new ArrayList<>();
        List<Trainer.Hours> hours = new ArrayList<>();
        for (int i = 0; i < hoursIn.size(); i++) {
            HoursBody h = hoursIn.get(i);
            DayOfWeek weekday = null;
            if (h.weekday() != null) {
                try {
                    weekday = DayOfWeek.valueOf(h.weekday().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    refusals.add(Refusal.of("hours[" + i + "].weekday", "weekday-range", h.weekday()));
                }
            }
            hours.add(new Trainer.Hours(weekday, h.from(), h.to()));
        }
        List<Trainer.Away> away = (body.away() == null ? List.<AwayBody>of() : body.away()).stream()
                .map(a -> new Trainer.Away(a.day(), a.reason())).toList();
        if (!refusals.isEmpty()) {
            throw new TrainingException(Kind.BAD_INPUT, refusals);
        }
        return trainers.replace(name, body.version(), hours, away);
    }
}
