package dev.frontline.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.history.persistence.IntervalHistoryRepository;

/** Recent contact volume per queue for the planner's overview. */
@Service
@Transactional(readOnly = true)
public class VolumeOverviewService {

    private final IntervalHistoryRepository history;

    VolumeOverviewService(IntervalHistoryRepository history) {
        this.history = history;
    }

    /**
     * Daily volumes per queue for the last {@code weeks} full weeks of history (Monday to Sunday), ending with the
     * last week that has data, so the chart shows whole weeks whatever day the history stops.
     */
    @Secured("ROLE_PLANNER")
    public RecentVolume recentWeeks(int weeks) {
        if (weeks < 1 || weeks > 53) {
            throw new IllegalArgumentException("weeks must be between 1 and 53, was " + weeks);
        }
        return history.latestIntervalStart()
                .map(latest -> {
                    LocalDate lastDay = latest.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                    LocalDate to = lastDay.plusDays(8 - lastDay.getDayOfWeek().getValue());
                    LocalDate from = to.minusWeeks(weeks);
                    return new RecentVolume(from, to, history.dailyVolumes(from, to));
                })
                .orElseGet(() -> new RecentVolume(null, null, List.of()));
    }

    /** Days in [from, to) with their volumes; empty when no history has been loaded yet. */
    public record RecentVolume(LocalDate from, LocalDate to, List<DailyVolume> days) {
        public boolean isEmpty() {
            return days.isEmpty();
        }
    }
}
