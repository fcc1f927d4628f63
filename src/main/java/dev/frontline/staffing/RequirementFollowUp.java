package dev.frontline.staffing;

import org.springframework.stereotype.Component;

import dev.frontline.forecast.ForecastFollowUp;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Requirements for each version an all-queues forecast saves, with the Requirements page's defaults: 85 % maximum
 * occupancy, no patience (Erlang C), the adjusted forecast. The same service code as a requirement job.
 */
@Component
class RequirementFollowUp implements ForecastFollowUp {

    static final double DEFAULT_MAX_OCCUPANCY = 85;

    private final RequirementService service;

    RequirementFollowUp(RequirementService service) {
        this.service = service;
    }

    @Override
    public Phrase label() {
        return Phrase.of("jobs.progress.follow-up.requirements");
    }

    @Override
    public long after(long forecastVersionId, Progress progress, Cancellation cancel) {
        return service.compute(new RequirementRequest(forecastVersionId, DEFAULT_MAX_OCCUPANCY, null, true), progress, cancel).id();
    }
}
