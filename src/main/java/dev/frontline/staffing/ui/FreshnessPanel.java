package dev.frontline.staffing.ui;

import java.time.format.TextStyle;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.frontline.shared.ui.Formats;
import dev.frontline.staffing.RequirementFreshness;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;

/** Whether a requirement version is up to date, and if not why (goal, shrinkage, adjustments) with a recompute button. */
class FreshnessPanel extends Div {

    private final RequirementService service;
    private final LongConsumer recompute;

    /** @param recompute told the id of the version the planner wants computed again */
    FreshnessPanel(RequirementService service, LongConsumer recompute) {
        this.service = service;
        this.recompute = recompute;
        setId("req-freshness");
    }

    void clear() {
        removeAll();
    }

    void show(RequirementVersionSummary v) {
        RequirementFreshness state = service.freshness(v.id());
        if (state.isUpToDate()) {
            Span ok = new Span(getTranslation("requirements.fresh"));
            ok.setId("req-fresh");
            add(ok);
            return;
        }
        Span stale = new Span(getTranslation("requirements.stale"));
        stale.setId("req-stale");
        UnorderedList reasons = new UnorderedList();
        for (RequirementFreshness.Reason reason : state.reasons()) {
            reasons.add(new ListItem(describe(reason)));
        }
        Button recomputeButton = new Button(getTranslation("requirements.recompute"), click -> recompute.accept(v.id()));
        recomputeButton.setId("req-recompute");
        add(stale, reasons, recomputeButton);
    }

    private String describe(RequirementFreshness.Reason reason) {
        if (reason instanceof RequirementFreshness.GoalChanged g) {
            return getTranslation("requirements.stale.goal", g.then(), g.now());
        }
        if (reason instanceof RequirementFreshness.ShrinkageChanged s) {
            return getTranslation("requirements.stale.shrinkage", s.weekday().getDisplayName(TextStyle.FULL, Formats.locale()),
                    Formats.percent(s.thenPercent(), 1), Formats.percent(s.nowPercent(), 1));
        }
        return getTranslation("requirements.stale.adjusted", ((RequirementFreshness.ForecastAdjusted) reason).adjustments());
    }
}
