package dev.frontline.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.BreakRule;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;

/** The engine's explanation sentences in a planner's words: dates, names and places instead of indices and codes. */
class PlannerWordingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    private final PlannerWording wording = new PlannerWording(roster(), Locale.ENGLISH, site -> site + " office");

    private static Roster roster() {
        Queue voice = new Queue("BILLING_TR_VOICE", "Billing – Turkish – voice", Channel.VOICE);
        Site ist = new Site("IST", "Istanbul", 10);
        ShiftType early = new ShiftType("EARLY-0700-480", 7 * 60, 480, Set.of(), BreakRule.none(), "EARLY");
        Agent ayse = new Agent("A012", "Ayşe Kaya", Contract.unrestricted("FT40"), Map.of(voice, 1.0), null, false,
                List.of(WorkLocation.HOME, WorkLocation.office(ist)), List.of(early), Map.of());
        return new RosterBuilder("test", MONDAY, 14).queue(voice).site(ist).shiftType(early).agent(ayse).build();
    }

    @Test
    void daysWeeksAgentsShiftsAndOfficesAreNamed() {
        assertThat(wording.sentence("A012 works EARLY-0700-480 on day 3, a day of approved time off"))
                .isEqualTo("Ayşe Kaya works 07:00–15:00 on Thu 17 Dec, a day of approved time off");
        assertThat(wording.sentence("A012 works 6 days in a row (days 7..12), more than 5"))
                .isEqualTo("Ayşe Kaya works 6 days in a row (Mon 21 Dec – Sat 26 Dec), more than 5");
        assertThat(wording.sentence("A012 works 20 h in week 1, less than the contract's 36 h"))
                .isEqualTo("Ayşe Kaya works 20 h in the week of Mon 21 Dec, less than the contract's 36 h");
        assertThat(wording.sentence("12 agents in office IST on day 0, which seats 10"))
                .isEqualTo("12 agents in Istanbul office on Mon 14 Dec, which seats 10");
        assertThat(wording.sentence("prefers OFFICE@IST")).isEqualTo("prefers Istanbul office");
        assertThat(wording.sentence("BILLING_TR_VOICE is short")).isEqualTo("Billing – Turkish – voice is short");
    }

    @Test
    void wordsThatAreNotCodesStayAsTheyAre() {
        assertThat(wording.sentence("agents beyond the requirement in some intervals"))
                .isEqualTo("agents beyond the requirement in some intervals");
        assertThat(wording.sentence("A0123 is unknown")).isEqualTo("A0123 is unknown");
        assertThat(wording.name("A012")).isEqualTo("Ayşe Kaya");
        assertThat(wording.day(6)).isEqualTo("Sun 20 Dec");
    }
}
