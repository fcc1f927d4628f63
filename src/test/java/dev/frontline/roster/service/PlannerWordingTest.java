package dev.frontline.roster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.BreakRule;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterJustification;
import dev.frontline.roster.engine.RosterTerms;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.shared.text.Phrase;

/**
 * The roster engine's explanations (bundle key + typed references) in a planner's language and words: dates, names,
 * templates and places instead of day indices and codes, with the plural forms of each language.
 */
class PlannerWordingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    private static final Roster ROSTER = roster();

    private static final RosterTerms.AgentRef AYSE = new RosterTerms.AgentRef("A012");
    private static final RosterTerms.ShiftRef EARLY = new RosterTerms.ShiftRef("EARLY-0700-480");

    private static Roster roster() {
        Queue voice = new Queue("BILLING_TR_VOICE", "Billing – Turkish – voice", Channel.VOICE);
        Site ist = new Site("IST", "Istanbul", 10);
        ShiftType early = new ShiftType("EARLY-0700-480", 7 * 60, 480, Set.of(), BreakRule.none(), "EARLY", "Early");
        Agent ayse = new Agent("A012", "Ayşe Kaya", Contract.unrestricted("FT40"), Map.of(voice, 1.0), null, false,
                List.of(WorkLocation.HOME, WorkLocation.office(ist)), List.of(early), Map.of());
        return new RosterBuilder("test", MONDAY, 14).queue(voice).site(ist).shiftType(early).agent(ayse).build();
    }

    private static String say(Locale locale, String key, Object... args) {
        return new PlannerWording(ROSTER, locale).sentence(Phrase.of(key, args));
    }

    @Test
    void daysWeeksAgentsShiftsAndOfficesAreNamedInEnglish() {
        assertThat(say(Locale.UK, "roster.why.time-off", AYSE, EARLY, new RosterTerms.DayRef(3)))
                .isEqualTo("Ayşe Kaya works Early 07:00–15:00 on Thu 17 Dec, a day of approved time off");
        assertThat(say(Locale.UK, "roster.why.max-consecutive-working-days", AYSE, 6, new RosterTerms.DayRef(7),
                new RosterTerms.DayRef(12), 5))
                .isEqualTo("Ayşe Kaya works 6 days in a row (Mon 21 Dec – Sat 26 Dec), more than 5");
        assertThat(say(Locale.UK, "roster.why.min-minutes-per-week", AYSE, new RosterTerms.Hours(20 * 60),
                new RosterTerms.WeekRef(1), new RosterTerms.Hours(36 * 60)))
                .isEqualTo("Ayşe Kaya works 20:00 h in the week of Mon 21 Dec, less than the contract's 36:00 h");
        assertThat(say(Locale.UK, "roster.why.office-seats", 12, new RosterTerms.OfficeRef("IST"),
                new RosterTerms.DayRef(0), 10))
                .isEqualTo("12 agents in the Office, Istanbul on Mon 14 Dec, which seats 10");
        assertThat(say(Locale.UK, "roster.why.interval-short", new RosterTerms.QueueRef("BILLING_TR_VOICE"),
                new RosterTerms.DayRef(1), new RosterTerms.Clock(9 * 60 + 15), 2.5, 4.0))
                .isEqualTo("Billing – Turkish – voice on Tue 15 Dec at 09:15 has 2.50 agents of 4.00 required (after breaks)");
    }

    @Test
    void turkishAndPolishReadTheirOwnWordsAndPlurals() {
        Locale tr = Locale.forLanguageTag("tr-TR");
        Locale pl = Locale.forLanguageTag("pl-PL");
        String trText = say(tr, "roster.why.max-consecutive-working-days", AYSE, 6, new RosterTerms.DayRef(7),
                new RosterTerms.DayRef(12), 5);
        assertThat(trText).startsWith("Ayşe Kaya art arda 6 gün çalışıyor (").contains("Ara")
                .doesNotContain("day").doesNotContain("A012");
        assertThat(say(pl, "roster.why.max-consecutive-working-days", AYSE, 1, new RosterTerms.DayRef(7),
                new RosterTerms.DayRef(7), 0)).contains("1 dzień z rzędu");
        assertThat(say(pl, "roster.why.max-consecutive-working-days", AYSE, 3, new RosterTerms.DayRef(7),
                new RosterTerms.DayRef(9), 2)).contains("3 dni z rzędu");
        assertThat(say(pl, "roster.why.max-weekends", AYSE, 2, 1)).contains("2 weekendy");
        assertThat(say(pl, "roster.why.max-weekends", AYSE, 5, 1)).contains("5 weekendów");
        assertThat(say(pl, "roster.why.max-weekends", AYSE, 22, 1)).contains("22 weekendy");
        assertThat(say(pl, "roster.why.max-weekends", AYSE, 25, 1)).contains("25 weekendów");
        assertThat(say(pl, "roster.why.location-preference", AYSE,
                new RosterTerms.PlaceRef(WorkLocation.HOME), new RosterTerms.Weekday(java.time.DayOfWeek.MONDAY),
                new RosterTerms.PlaceRef(WorkLocation.office(ROSTER.getSites().get(0))), new RosterTerms.DayRef(0)))
                .contains("Dom").contains("Biuro, Istanbul").contains("poniedziałek").doesNotContain("OFFICE@");
    }

    @Test
    void theCommandLineReadsTheEnginesOwnIdsInEnglish() {
        RosterJustification why = new RosterJustification(Phrase.of("roster.why.time-off", AYSE, EARLY,
                new RosterTerms.DayRef(3)), "A012", 3, null, null);
        assertThat(why.description()).isEqualTo("A012 works EARLY-0700-480 on day 3, a day of approved time off");
    }

    @Test
    void everySentenceAndRuleOfTheEngineIsInEveryBundle() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/dev/frontline/roster/engine/RosterConstraintProvider.java"))
                + java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/dev/frontline/roster/engine/RosterExplainer.java"));
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile("\"(roster\\.why\\.[a-z.-]+)\"").matcher(source);
        int found = 0;
        while (keys.find()) {
            found++;
            for (String language : List.of("en", "tr", "pl")) {
                assertThat(dev.frontline.shared.text.Messages.pattern(keys.group(1), Locale.forLanguageTag(language)))
                        .as(keys.group(1) + " in " + language).isPresent();
            }
        }
        assertThat(found).isGreaterThan(25);
        for (String rule : RosterConstraints.ALL) {
            for (String language : List.of("tr", "pl")) {
                assertThat(PlannerWording.rule(rule, Locale.forLanguageTag(language))).as(rule + " in " + language)
                        .isNotEqualTo(rule);
            }
        }
    }

    @Test
    void rulesAndScoresAreWords() {
        PlannerWording wording = new PlannerWording(ROSTER, Locale.forLanguageTag("tr-TR"));
        assertThat(wording.rule(RosterConstraints.MIN_REST)).isEqualTo("Vardiyalar arası en az dinlenme");
        assertThat(PlannerWording.score(HardSoftLongScore.of(-2, -7954), Locale.UK))
                .isEqualTo("Hard rules: 2 breaks · Penalty: 7,954");
        assertThat(PlannerWording.score(HardSoftLongScore.of(0, -15), Locale.forLanguageTag("pl-PL")))
                .contains("wszystkie spełnione").doesNotContain("hard");
        assertThat(wording.name("A012")).isEqualTo("Ayşe Kaya");
        assertThat(wording.shift("EARLY-0700-480")).isEqualTo("Early 07:00–15:00");
    }
}
