package dev.frontline.selfservice.swaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterScenario;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;

/** The rule check of swaps and claims on a roster small enough to see every rule it applies. */
class ChangeCheckTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final Queue VOICE = new Queue("VOICE", "Voice", Channel.VOICE);
    private static final Queue CHAT = new Queue("CHAT", "Chat", Channel.CHAT);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);

    private static Agent agent(String id, Queue skill, Contract contract) {
        return new Agent(id, "Agent " + id, contract, Map.of(skill, 1.0), null, false, List.of(WorkLocation.HOME), List.of(EARLY), Map.of());
    }

    private static LoadedRoster loaded() {
        RosterBuilder builder = new RosterBuilder("check", MONDAY, 7).queue(VOICE).queue(CHAT).shiftType(EARLY)
                .agent(agent("A", VOICE, Contract.unrestricted("free")))
                .agent(agent("B", CHAT, Contract.unrestricted("free")))
                .agent(agent("C", VOICE, Contract.unrestricted("free")))
                .agent(agent("D", VOICE, Contract.unrestricted("short").withWeeklyMinutes(0, 4 * 60)))
                .agent(agent("E", VOICE, Contract.unrestricted("free")));
        for (int minute = 7 * 60; minute < 15 * 60; minute += 15) {
            builder.requirement("VOICE", 0, minute, 2.0);
        }
        RosterScenario scenario = new RosterScenario(builder, MONDAY, MONDAY.plusDays(6), ZoneId.of("Europe/Istanbul"),
                Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of());
        Roster roster = scenario.build();
        roster.agentDay("A", 0).setShift(EARLY);
        roster.agentDay("C", 0).setShift(EARLY);
        RosterVersionSummary version = new RosterVersionSummary(1, "check", MONDAY, MONDAY.plusDays(6), RosterStatus.PUBLISHED,
                null, List.of(), "quick", null, "planner", null, null, "planner", null, 0L, 0L, null, null);
        return new LoadedRoster(version, scenario, roster);
    }

    @Test
    void aTakerWithoutTheSkillsOrAlreadyAtWorkIsRefusedWithTheRuleNamed() {
        LoadedRoster loaded = loaded();
        ChangeCheck check = new ChangeCheck(loaded, new RosterExplainer());
        AgentDay chatOnly = check.day("B", MONDAY, "colleague");
        assertThatThrownBy(() -> check.give(chatOnly, EARLY, null, "colleague")).isInstanceOf(SwapRefusedException.class)
                .satisfies(e -> assertThat(((SwapRefusedException) e).rule()).isEqualTo(ChangeCheck.SKILLS))
                .hasMessageContaining("VOICE");
        AgentDay working = check.day("C", MONDAY, "colleague");
        assertThatThrownBy(() -> check.give(working, EARLY, null, "colleague"))
                .satisfies(e -> assertThat(((SwapRefusedException) e).rule()).isEqualTo(ChangeCheck.ALREADY_WORKING));
        assertThatThrownBy(() -> check.day("Z", MONDAY, "colleague")).isInstanceOf(SwapRefusedException.class);
    }

    @Test
    void aShiftBeyondTheContractsWeekBreaksTheRuleAndATakeoverKeepsCoverage() {
        ChangeCheck tooLong = new ChangeCheck(loaded(), new RosterExplainer());
        tooLong.give(tooLong.day("D", MONDAY, "colleague"), EARLY, null, "colleague");
        assertThat(tooLong.result().brokenRule()).isEqualTo(RosterConstraints.MAX_MINUTES_PER_WEEK);

        LoadedRoster loaded = loaded();
        ChangeCheck takeover = new ChangeCheck(loaded, new RosterExplainer());
        takeover.day("A", MONDAY, "myDate").setShift(null);
        takeover.give(takeover.day("E", MONDAY, "colleague"), EARLY, null, "colleague");
        ChangeCheck.Result result = takeover.result();
        assertThat(result.breaksRules()).isFalse();
        assertThat(result.coverageNotWorse()).isTrue();

        // giving the shift away to nobody leaves the morning short: coverage is worse
        ChangeCheck dropped = new ChangeCheck(loaded(), new RosterExplainer());
        dropped.day("A", MONDAY, "myDate").setShift(null);
        assertThat(dropped.result().coverageNotWorse()).isFalse();
    }

    @Test
    void aBrokenRuleIsTheJustificationsPhraseInNamesAndDatesReadableInEveryLanguageAfterStoring() {
        ChangeCheck tooLong = new ChangeCheck(loaded(), new RosterExplainer());
        tooLong.give(tooLong.day("D", MONDAY, "colleague"), EARLY, null, "colleague");
        Phrase why = tooLong.result().brokenWhy();
        assertThat(why.key()).isEqualTo("roster.why.max-minutes-per-week");
        // stored and read back: no engine reference survives, so it reads without the roster
        Phrase stored = PhraseJson.decode(PhraseJson.encode(why));
        String english = stored.render(Locale.ENGLISH);
        String turkish = stored.render(Locale.forLanguageTag("tr"));
        String polish = stored.render(Locale.forLanguageTag("pl"));
        assertThat(english).contains("Agent D").contains("8:00 h").contains("4:00 h").contains("in the week of")
                .contains("Jan 4, 2027").doesNotContain("day 0").doesNotContain("week 0");
        assertThat(turkish).contains("Agent D").contains("sözleşme").doesNotContain("more than");
        assertThat(polish).contains("Agent D").contains("pracuje").contains("umowy");
        assertThat(List.of(english, turkish, polish)).noneMatch(t -> t.contains("!"));

        // the refusals of the change itself are phrases too
        ChangeCheck check = new ChangeCheck(loaded(), new RosterExplainer());
        AgentDay chatOnly = check.day("B", MONDAY, "colleague");
        assertThatThrownBy(() -> check.give(chatOnly, EARLY, null, "colleague"))
                .satisfies(e -> assertThat(((SwapRefusedException) e).reason()
                        .render(Locale.forLanguageTag("pl"))).isEqualTo(
                                "Agent B nie obsługuje żadnej z kolejek, dla których zmiana jest potrzebna (Voice)."));
        AgentDay working = check.day("C", MONDAY, "colleague");
        assertThatThrownBy(() -> check.give(working, EARLY, null, "colleague"))
                .satisfies(e -> assertThat(((SwapRefusedException) e).reason()
                        .render(Locale.forLanguageTag("tr"))).startsWith("Agent C, ").endsWith("tarihinde zaten çalışıyor."));
    }

    @Test
    void aRefusedSwapShowsRestItsSentenceInTheReadersLanguage() {
        Phrase why = Phrase.of("selfservice.refusal.already-working", "Agent C", MONDAY);
        ShiftSwap swap = new ShiftSwap(1, 1, 1, "Agent A", MONDAY, 2, "Agent C", null, dev.frontline.db.enums.SwapStatus.REFUSED,
                ChangeCheck.ALREADY_WORKING, List.of(), null, null, null, "agent.ist", why);
        assertThat(swap.in(Locale.ENGLISH).ruleArgs()).containsExactly("Agent C already works on Jan 4, 2027.");
        assertThat(swap.in(Locale.forLanguageTag("tr")).ruleArgs().get(0)).endsWith("tarihinde zaten çalışıyor.");
        ShiftSwap plain = new ShiftSwap(1, 1, 1, "Agent A", MONDAY, 2, "Agent C", null, dev.frontline.db.enums.SwapStatus.REFUSED,
                "PLANNER_DENIED", List.of("not this week"), null, null, null, "planner", null);
        assertThat(plain.in(Locale.forLanguageTag("pl")).ruleArgs()).containsExactly("not this week");
    }
}
