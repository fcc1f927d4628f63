package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** The staffing engine's explanations and refusals as data: English for the command line, Turkish and Polish on screen. */
class StaffingWordsTest {

    private static final Locale TR = Locale.forLanguageTag("tr-TR");
    private static final Locale PL = Locale.forLanguageTag("pl-PL");
    private static final ServiceGoal GOAL = ServiceGoal.of(80, 20).withMaxOccupancyPercent(85);

    @Test
    void anErlangExplanationReadsInEachLanguage() {
        StaffingRequirement r = VoiceRequirementCalculator.require(VoiceQueue.erlangC(GOAL, Shrinkage.ofTotalPercent(30)),
                new IntervalWorkload(400, 1800, 257), "10:15");
        String tr = r.explanation().says().render(TR);
        String pl = r.explanation().says().render(PL);
        assertThat(tr).startsWith("10:15 için 68 temsilci: Erlang C, 30 dk başına 400 çağrı").contains("hizmet seviyesi ≥ %80")
                .contains("%30 kayıp süreden sonra").doesNotContain("agents").doesNotContain("!");
        assertThat(pl).startsWith("68 konsultantów o 10:15: Erlang C, 400 połączeń na 30 min").contains("57,1 erlanga")
                .contains("poziom obsługi ≥ 80 % w 20 s").doesNotContain("agents").doesNotContain("!");
        assertThat(r.explanation().formula().render(PL)).contains("najmniejsza liczba konsultantów");
    }

    @Test
    void chatErlangAAndDeferredExplanationsAreTranslatedToo() {
        StaffingRequirement chat = new ChatQueue(GOAL, 2, 0, Shrinkage.NONE).require(new IntervalWorkload(60, 1800, 300), "14:00");
        assertThat(chat.explanation().says().render(TR)).contains("aynı anda en fazla 2 sohbet").doesNotContain("chats");
        StaffingRequirement a = VoiceRequirementCalculator.require(new VoiceQueue(StaffingModel.ERLANG_A, GOAL,
                OptionalDouble.of(60), Shrinkage.NONE), new IntervalWorkload(100, 1800, 200), "09:00");
        assertThat(a.explanation().says().render(PL)).contains("cierpliwości dzwoniących 60 s").contains("porzucenia");
        DeferredWorkPlanner.Plan plan = DeferredWorkPlanner.plan(List.of(
                new DeferredWorkPlanner.Interval("i0", true, 12, 600), new DeferredWorkPlanner.Interval("i1", true, 0, 600)),
                3600, Duration.ofHours(2), null, DeferredWorkPlanner.HorizonEnd.CLEAR);
        assertThat(plan.intervals().get(0).explanation().says().render(TR)).contains("ertelenebilir iş").contains("2 sa");
    }

    @Test
    void aRefusedInputNamesItsFieldAndSaysWhyInTheUsersLanguage() {
        assertThatThrownBy(() -> InputCheck.positive("AHT (seconds)", 0))
                .isInstanceOf(StaffingInputException.class)
                .hasMessage("AHT (seconds): '0' must be greater than zero")
                .satisfies(e -> {
                    StaffingInputException refused = (StaffingInputException) e;
                    assertThat(refused.field()).isEqualTo("AHT (seconds)");
                    assertThat(refused.reason().render(PL)).isEqualTo("'0' musi być większe od zera");
                    assertThat(refused.reason().render(TR)).isEqualTo("'0' sıfırdan büyük olmalı");
                });
        assertThatThrownBy(() -> InputCheck.fraction("service level", 1.2, false))
                .hasMessage("service level: 120 % is above 100 %");
    }
}
