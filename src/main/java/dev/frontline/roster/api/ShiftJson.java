package dev.frontline.roster.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.frontline.roster.service.StoredActivity;
import dev.frontline.roster.service.StoredShift;

/** One agent's shift on one day, with its breaks and lunch; {@code site} null = at home. */
@Schema(description = "A shift of a roster version with its breaks")
record ShiftJson(String agent, String agentName, LocalDate date, String shift, OffsetDateTime start,
        OffsetDateTime end, String site, boolean pinned, List<Activity> breaks) {

    /** A break or lunch inside the shift. */
    record Activity(String kind, OffsetDateTime start, int minutes) {
    }

    static ShiftJson of(StoredShift s, List<StoredActivity> activities) {
        return new ShiftJson(s.employeeNumber(), s.agentName(), s.workDate(), s.shiftCode(), s.startsAt(), s.endsAt(),
                s.siteCode(), s.pinned(), activities.stream()
                        .map(a -> new Activity(a.kind(), a.startsAt(), a.minutes())).toList());
    }
}
