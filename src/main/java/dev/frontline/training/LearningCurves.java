package dev.frontline.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.training.engine.LearningCurve;
import dev.frontline.training.engine.LearningCurveFit;
import dev.frontline.training.persistence.TrainingSupplyRepository;

/**
 * The centre's learning curve: fitted from the new hires' handle time against experienced team-mates when the KPI
 * history holds enough of them ({@link LearningCurveFit}), otherwise the configured one
 * ({@code frontline.training.ramp.weeks-to-proficient}, {@code .initial-extra}). Fitted once a day: the KPIs change by
 * daily imports. Role-neutral, like {@link ProficiencyOnDate}, which reads it.
 */
@Service
public class LearningCurves {

    /** The curve in use and, when it was fitted, the fit it came from. */
    public record InUse(LearningCurve curve, Optional<LearningCurveFit.Result> fit, LearningCurve configured) {

        public boolean fitted() {
            return fit.isPresent();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LearningCurves.class);

    private record Cached(LocalDate day, InUse inUse) {
    }

    private final TrainingSupplyRepository repository;
    private final Clock clock;
    private final LearningCurve configured;
    private volatile Cached cached;

    LearningCurves(TrainingSupplyRepository repository, ObjectProvider<Clock> clock,
                   @Value("${frontline.training.ramp.weeks-to-proficient:12}") double weeksToProficient,
                   @Value("${frontline.training.ramp.initial-extra:0.40}") double initialExtra) {
        this.repository = repository;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.configured = LearningCurve.configured(weeksToProficient, initialExtra);
    }

    @Transactional(readOnly = true)
    public InUse inUse() {
        LocalDate today = LocalDate.now(clock);
        Cached current = cached;
        if (current == null || !current.day().equals(today)) {
            Optional<LearningCurveFit.Result> fit = LearningCurveFit.fit(repository.hireRampDays());
            fit.ifPresentOrElse(f -> log.info("Learning curve fitted from {} new hires over {} agent-days: {} form, "
                            + "{} % slower on day one, shape {}, plateau {}, weighted R² {}", f.agents(), f.agentDays(),
                            f.curve().form(), Math.round(100 * f.curve().initialExtra()),
                            String.format(java.util.Locale.ROOT, "%.2f", f.curve().shape()),
                            String.format(java.util.Locale.ROOT, "%.3f", f.plateau()),
                            String.format(java.util.Locale.ROOT, "%.3f", f.rSquared())),
                    () -> log.info("Too few new hires in the KPI history for a learning curve: the configured one is used"));
            current = new Cached(today, new InUse(fit.map(LearningCurveFit.Result::curve).orElse(configured), fit,
                    configured));
            cached = current;
        }
        return current.inUse();
    }

    /** Forgets the day's fit, after KPIs were imported. */
    public void refresh() {
        cached = null;
    }
}
