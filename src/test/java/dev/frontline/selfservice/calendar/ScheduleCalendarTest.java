package dev.frontline.selfservice.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.selfservice.schedule.ScheduledShift;

/** A shift with a break and a training session as the calendar feed writes it. */
class ScheduleCalendarTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Test
    void aTrainingSessionIsAnEventOfItsOwnAndALineOfTheShiftsDescription() {
        LocalDate day = LocalDate.of(2026, 12, 15);
        ZonedDateTime start = day.atTime(8, 0).atZone(ISTANBUL);
        ScheduledShift shift = new ScheduledShift(7, day, start, start.plusHours(8), null, null, List.of(
                new ScheduledShift.Activity("BREAK", start.plusMinutes(90), 15, null, null, null),
                new ScheduledShift.Activity("TRAINING", start.plusHours(2), 120, "Chat basics", 2, 3)));
        String folded = ScheduleCalendar.build("E00042", "frontline.example", ISTANBUL, List.of(shift),
                s -> Instant.parse("2026-12-07T10:00:00Z"), new ScheduleCalendar.Texts("Shift (home)", "Shift (office %s)",
                        "Break", "Lunch", "Home", "Training: %1$s (%2$d of %3$d)"));
        // long lines are folded at 75 octets (RFC 5545 3.1): read them unfolded
        String ics = folded.replace("\r\n ", "");

        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("SUMMARY:Training: Chat basics (2 of 3)")
                .contains("UID:E00042-2026-12-15-training-1000@frontline.example")
                .contains("DTSTART;TZID=Europe/Istanbul:20261215T100000")
                .contains("DTEND;TZID=Europe/Istanbul:20261215T120000")
                .contains("Break 09:30–09:45\\nTraining: Chat basics (2 of 3) 10:00–12:00");
    }
}
