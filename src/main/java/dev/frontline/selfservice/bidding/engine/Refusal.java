package dev.frontline.selfservice.bidding.engine;

import java.util.List;

/**
 * Why an agent may not work a line, as a code and arguments worded for the reader: {@code SKILLS} [missing queues],
 * {@code WEEKLY_MINIMUM}/{@code WEEKLY_MAXIMUM} [week's Monday, minutes, limit], {@code PERIOD_MINIMUM}/
 * {@code PERIOD_MAXIMUM} [minutes, limit], {@code REST} [date, minutes, limit], {@code CONSECUTIVE_DAYS} [date, days,
 * limit], {@code NIGHTS} [week's Monday, nights, limit], {@code WEEKENDS} [weekends, limit], {@code TIME_OFF} [date],
 * {@code NOT_AVAILABLE} [date, shift], {@code HOME_NOT_ALLOWED} [date], {@code SITE_NOT_ALLOWED} [date, site].
 */
public record Refusal(String code, List<String> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    static Refusal of(String code, Object... args) {
        return new Refusal(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
