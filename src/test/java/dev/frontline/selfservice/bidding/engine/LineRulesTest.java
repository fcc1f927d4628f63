package dev.frontline.selfservice.bidding.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.ShiftType;

class LineRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);
    private static final ShiftType LATE = new ShiftType("L", 14 * 60, 8 * 60);
    private static final ShiftType SHORT = new ShiftType("S", 9 * 60, 4 * 60);

    private static Line line(List<LineShift> shifts, Set<String> queues, long... sources) {
        return new Line(1, shifts, queues, java.util.Arrays.stream(sources).boxed().toList());
    }

    private static List<LineShift> weekdays(ShiftType type, String site) {
        List<LineShift> shifts = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            shifts.add(new LineShift(day, MONDAY.plusDays(day), type, site));
        }
        return shifts;
    }

    @Test
    void identicalSchedulesMergeIntoOneLineWithACopyEach() {
        List<Line> lines = LineBuilder.build(List.of(
                new LineBuilder.Schedule(7, weekdays(LATE, null), Set.of("VOICE")),
                new LineBuilder.Schedule(3, weekdays(EARLY, "IST"), Set.of("VOICE")),
                new LineBuilder.Schedule(5, weekdays(EARLY, "IST"), Set.of("VOICE")),
                new LineBuilder.Schedule(6, weekdays(EARLY, "IST"), Set.of("VOICE", "CHAT")),
                new LineBuilder.Schedule(8, List.of(), Set.of("VOICE"))));
        assertThat(lines).hasSize(3);
        // the two earlies ordered by their queues, the late last; the same schedule with other queues is another line
        assertThat(lines).extracting(Line::sourceAgentIds).containsExactly(List.of(6L), List.of(3L, 5L), List.of(7L));
        assertThat(lines.get(1).copies()).isEqualTo(2);
        assertThat(lines.get(0).queues()).containsExactlyInAnyOrder("VOICE", "CHAT");
        assertThat(lines.get(2).shifts().get(0).shift()).isEqualTo(LATE);
        assertThat(lines).extracting(Line::number).containsExactly(1, 2, 3);
        LineSummary summary = LineSummary.of(lines.get(1), 7);
        assertThat(summary.weeklyMinutes()).isEqualTo(40 * 60);
        assertThat(summary.officeDays()).isEqualTo(5);
        assertThat(summary.sites()).containsExactly("IST");
        assertThat(summary.times()).containsExactly(new LineSummary.Times(7 * 60, 15 * 60, 5));
    }

    @Test
    void contractRulesAreCheckedOnTheLine() {
        Line fullTime = line(weekdays(EARLY, null), Set.of("VOICE"), 1);
        Contract partTime = Contract.unrestricted("PT").withWeeklyMinutes(10 * 60, 30 * 60);
        Contract fullTimeContract = Contract.unrestricted("FT").withWeeklyMinutes(36 * 60, 40 * 60);
        assertThat(LineRules.contract(partTime, fullTime, MONDAY, 7, Map.of())).get()
                .extracting(Refusal::code).isEqualTo("WEEKLY_MAXIMUM");
        assertThat(LineRules.contract(fullTimeContract, fullTime, MONDAY, 7, Map.of())).isEmpty();
        Line shortWeek = line(weekdays(SHORT, null), Set.of("VOICE"), 1);
        assertThat(LineRules.contract(fullTimeContract, shortWeek, MONDAY, 7, Map.of())).get()
                .extracting(Refusal::code).isEqualTo("WEEKLY_MINIMUM");
        // a paid day of time off counts towards the minimum
        List<LineShift> four = weekdays(EARLY, null).subList(0, 4);
        Contract thirtyTwo = Contract.unrestricted("X").withWeeklyMinutes(40 * 60, 40 * 60);
        assertThat(LineRules.contract(thirtyTwo, line(four, Set.of(), 1), MONDAY, 7, Map.of(4, 8 * 60))).isEmpty();
        // a late followed by an early leaves 9 hours of rest
        Line lateEarly = line(List.of(new LineShift(0, MONDAY, LATE, null), new LineShift(1, MONDAY.plusDays(1), EARLY, null)),
                Set.of(), 1);
        assertThat(LineRules.contract(Contract.unrestricted("R").withMinRestMinutes(11 * 60), lateEarly, MONDAY, 7, Map.of()))
                .get().isEqualTo(new Refusal("REST", List.of("2027-01-05", "540", "660")));
        assertThat(LineRules.contract(Contract.unrestricted("C").withConsecutive(4, 0, 0), fullTime, MONDAY, 7, Map.of()))
                .get().extracting(Refusal::code).isEqualTo("CONSECUTIVE_DAYS");
        Line weekend = line(List.of(new LineShift(5, MONDAY.plusDays(5), EARLY, null)), Set.of(), 1);
        assertThat(LineRules.contract(Contract.unrestricted("W").withMaxWeekends(0), weekend, MONDAY, 7, Map.of()))
                .get().extracting(Refusal::code).isEqualTo("WEEKENDS");
        Contract nights = Contract.unrestricted("N").withNightRules(22 * 60, 6 * 60, 0);
        Line night = line(List.of(new LineShift(0, MONDAY, new ShiftType("NT", 22 * 60, 8 * 60), null)), Set.of(), 1);
        assertThat(LineRules.contract(nights, night, MONDAY, 7, Map.of())).get().extracting(Refusal::code)
                .isEqualTo("NIGHTS");
    }

    @Test
    void theAgentsSkillsAvailabilityTimeOffAndPlacesAreChecked() {
        Line line = line(weekdays(EARLY, "IST"), Set.of("VOICE", "CHAT"), 1);
        List<Set<ShiftType>> everyDay = java.util.Collections.nCopies(7, Set.of(EARLY, LATE));
        Candidate voiceOnly = new Candidate(2, Contract.unrestricted("c"), Set.of("VOICE"), true, Set.of("IST"), everyDay,
                Set.of(), Map.of());
        assertThat(LineRules.agent(voiceOnly, line)).get().isEqualTo(new Refusal("SKILLS", List.of("CHAT")));
        Candidate both = new Candidate(2, Contract.unrestricted("c"), Set.of("VOICE", "CHAT", "EMAIL"), true, Set.of("IST"),
                everyDay, Set.of(), Map.of());
        assertThat(LineRules.agent(both, line)).isEmpty();
        Candidate homeOnly = new Candidate(2, Contract.unrestricted("c"), Set.of("VOICE", "CHAT"), true, Set.of(), everyDay,
                Set.of(), Map.of());
        assertThat(LineRules.agent(homeOnly, line)).get().extracting(Refusal::code).isEqualTo("SITE_NOT_ALLOWED");
        Candidate away = new Candidate(2, Contract.unrestricted("c"), Set.of("VOICE", "CHAT"), true, Set.of("IST"), everyDay,
                Set.of(2), Map.of(2, 480));
        assertThat(LineRules.agent(away, line)).get().isEqualTo(new Refusal("TIME_OFF", List.of("2027-01-06")));
        List<Set<ShiftType>> lateOnly = java.util.Collections.nCopies(7, Set.of(LATE));
        Candidate lates = new Candidate(2, Contract.unrestricted("c"), Set.of("VOICE", "CHAT"), true, Set.of("IST"), lateOnly,
                Set.of(), Map.of());
        assertThat(LineRules.agent(lates, line)).get().isEqualTo(new Refusal("NOT_AVAILABLE", List.of("2027-01-04", "E")));
    }
}
