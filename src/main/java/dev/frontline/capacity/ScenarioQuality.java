package dev.frontline.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.engine.frontier.FrontierLevers;
import dev.frontline.capacity.engine.frontier.LeverModel;
import dev.frontline.capacity.engine.frontier.SpeedQualityFrontier;
import dev.frontline.capacity.persistence.FrontierSourceRepository;

/**
 * A scenario's expected quality (issue 18, item 3): the QA and FCR its workforce is predicted to give by the
 * frontier's models, saved with its other figures at every computation.
 */
@Component
class ScenarioQuality {

    private final QualityModels models;
    private final FrontierSourceRepository store;

    ScenarioQuality(QualityModels models, FrontierSourceRepository store) {
        this.models = models;
        this.store = store;
    }

    void save(long scenarioId, CapacityInputs.Base base, CapacityInputs.Prepared prepared, List<HiringClass> classes,
            ScenarioLevers levers, LocalDate today) {
        QualityModels.Fitted fitted = models.fit(today, firstPath(base.paths()), CapacityInputs.OCCUPANCY_CAP * 100);
        FrontierLevers mine = levers(levers, prepared.paths(), fitted.practice());
        LeverModel.Prediction[] p = SpeedQualityFrontier.expectedQuality(prepared.input(), classes, mine,
                fitted.practice(), fitted.qa(), fitted.fcr());
        store.saveQuality(scenarioId, new ExpectedQuality(value(p[0]), se(p[0]), value(p[1]),
                se(p[1]), fitted.qa().observations(), fitted.qa().agents(), fitted.qa().cohorts()));
    }

    Optional<ExpectedQuality> saved(long scenarioId) {
        return store.quality(scenarioId);
    }

    /** A scenario's levers as a frontier setting: unset lengths are the path's, unset coaching none. */
    static FrontierLevers levers(ScenarioLevers l, Map<String, OnboardingPath> paths, FrontierLevers practice) {
        OnboardingPath p = firstPath(paths);
        return new FrontierLevers(p == null ? practice.classroomWeeks() : p.classroomWeeks(),
                p == null ? practice.nestingWeeks() : p.nestingWeeks(),
                l.coachingHoursPerWeek() == null ? 0 : l.coachingHoursPerWeek(), l.serviceLevelPercent(),
                l.occupancyCapPercent() == null ? CapacityInputs.OCCUPANCY_CAP * 100 : l.occupancyCapPercent());
    }

    static OnboardingPath firstPath(Map<String, OnboardingPath> paths) {
        return paths.values().stream().findFirst().orElse(null);
    }

    private static Double value(LeverModel.Prediction p) {
        return p.known() ? p.value() : null;
    }

    private static Double se(LeverModel.Prediction p) {
        return p.known() ? p.standardError() : null;
    }
}
