package dev.frontline.roster.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.service.PlannerWording;

/**
 * Why a roster scores as it does, as the Roster page's Explanation tab says it: every rule's cost and every broken
 * rule or unmet wish with the agent, the date and the reason, in the reader's language and the planner's words.
 */
@Schema(description = "Why a roster scores as it does: the cost of each rule and each reason, in the reader's language")
record ExplanationJson(
        @Schema(description = "The score in words, e.g. \"2 broken rules, 7,954 penalty points\"") String score,
        @Schema(description = "True when no hard rule is broken") boolean feasible,
        @Schema(description = "Broken hard rules in all") int brokenHardRules,
        List<RuleJson> rules,
        @Schema(description = "Reasons matching the filters in all (the list below may be cut at the limit)") int reasonCount,
        List<ReasonJson> reasons) {

    /** One rule's total: how often it matched and what that costs. */
    record RuleJson(@Schema(description = "The engine's rule name, usable as the rule filter") String rule,
            @Schema(description = "The rule's name in the reader's language") String name, boolean hard,
            long hardPoints, long penaltyPoints, int matches,
            @Schema(description = "The cost in words") String cost) {
    }

    /** One broken rule or unmet wish: who, when, which queue, and why in a sentence. */
    record ReasonJson(String rule, @Schema(description = "The rule's name in the reader's language") String name,
            boolean hard, @Schema(description = "The cost in words") String cost,
            @Schema(description = "Employee number; null when the reason names no agent") String employeeNumber,
            @Schema(description = "The agent's name") String agent,
            @Schema(description = "The day the reason is about; null when it names none") LocalDate date,
            @Schema(description = "The queue's name; null when the reason names none") String queue,
            @Schema(description = "Why, in the reader's language") String text) {
    }

    static ExplanationJson of(RosterExplanation explanation, PlannerWording wording, LocalDate firstDay,
            List<RosterExplanation.Breach> matching, int limit, Locale locale) {
        List<RuleJson> rules = explanation.constraints().stream()
                .map(c -> new RuleJson(c.constraint(), PlannerWording.rule(c.constraint(), locale), c.hard(),
                        Math.abs(c.score().hardScore()), Math.abs(c.score().softScore()), c.matches(),
                        PlannerWording.cost(c.score(), locale)))
                .toList();
        List<ReasonJson> reasons = matching.stream().limit(limit)
                .map(b -> new ReasonJson(b.constraint(), PlannerWording.rule(b.constraint(), locale), b.hard(),
                        PlannerWording.cost(b.cost(), locale), b.why().agentId(),
                        b.why().agentId() == null ? null : wording.name(b.why().agentId()),
                        b.why().day() == null ? null : firstDay.plusDays(b.why().day()),
                        b.why().queueId() == null ? null : wording.queue(b.why().queueId()),
                        wording.sentence(b.why().message())))
                .toList();
        return new ExplanationJson(PlannerWording.score(explanation.score(), locale), explanation.feasible(),
                explanation.hardBreaches().size(), rules, matching.size(), reasons);
    }
}
