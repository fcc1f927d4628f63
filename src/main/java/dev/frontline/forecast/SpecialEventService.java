package dev.frontline.forecast;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.forecast.persistence.ForecastQueueRepository;
import dev.frontline.forecast.persistence.SpecialEventRepository;

/** Planner events (campaigns, outages, bill runs …) that the next forecast of the queue uses. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class SpecialEventService {

    /** Kinds offered in the editor; any other upper-case kind is accepted too. */
    public static final List<String> SUGGESTED_KINDS = List.of("CAMPAIGN", "OUTAGE", "BILL_RUN", "PRODUCT_LAUNCH",
            "PRICE_CHANGE", "WEATHER");
    static final Pattern KIND = Pattern.compile("[A-Z_]{2,30}");
    static final int MAX_DESCRIPTION_LENGTH = 500;
    static final double MAX_UPLIFT_PERCENT = 1000;

    private final ForecastQueueRepository queues;
    private final SpecialEventRepository events;

    SpecialEventService(ForecastQueueRepository queues, SpecialEventRepository events) {
        this.queues = queues;
        this.events = events;
    }

    /** Events of the queue and those entered for every queue, by date. */
    @Transactional(readOnly = true)
    public List<StoredSpecialEvent> events(String queueCode) {
        return events.forQueue(queue(queueCode).id());
    }

    public StoredSpecialEvent add(SpecialEventInput input) {
        Long queueId = input.queueCode() == null || input.queueCode().isBlank() ? null : queue(input.queueCode()).id();
        if (input.date() == null) {
            throw new ForecastInputException("date", "forecast.event.error.date-required", "choose the day of the event");
        }
        String kind = input.kind() == null ? "" : input.kind().trim();
        if (!KIND.matcher(kind).matches()) {
            throw new ForecastInputException("kind", "forecast.event.error.kind",
                    "the kind '" + kind + "' must be 2–30 capital letters or underscores, e.g. CAMPAIGN", kind);
        }
        Double uplift = input.upliftPercent();
        if (uplift != null && (!Double.isFinite(uplift) || uplift <= -100 || uplift > MAX_UPLIFT_PERCENT)) {
            throw new ForecastInputException("uplift", "forecast.event.error.uplift",
                    "the uplift " + uplift + " % must be above -100 % and at most " + MAX_UPLIFT_PERCENT + " %", uplift);
        }
        String description = input.description() == null ? "" : input.description().trim();
        if (description.isEmpty()) {
            throw new ForecastInputException("description", "forecast.event.error.description-required",
                    "describe the event");
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new ForecastInputException("description", "forecast.event.error.description-too-long",
                    "the description is longer than " + MAX_DESCRIPTION_LENGTH + " characters", MAX_DESCRIPTION_LENGTH);
        }
        if (events.exists(queueId, input.date(), kind)) {
            throw new ForecastInputException("kind", "forecast.event.error.duplicate",
                    "there is already a " + kind + " event on " + input.date() + " for this queue", kind, input.date());
        }
        long id = events.insert(queueId, input.date(), kind, uplift, description);
        return new StoredSpecialEvent(id, queueId == null ? null : input.queueCode().trim(), input.date(), kind, uplift, description);
    }

    public void remove(long eventId) {
        if (!events.delete(eventId)) {
            throw new ForecastInputException("event", "forecast.event.error.unknown", "no event " + eventId, eventId);
        }
    }

    private ForecastQueue queue(String code) {
        return queues.byCode(code == null ? "" : code.trim()).orElseThrow(() -> new ForecastInputException("queue",
                "forecast.error.queue-unknown", "no queue '" + code + "'", code));
    }
}
