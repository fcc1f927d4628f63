package dev.frontline.staffing.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Paragraph;

import dev.frontline.staffing.DaySupply;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;

/**
 * The queue's skill supply on the day shown: how many agents hold the skill, what they make at their proficiency that
 * day (new agents still ramping count less), and how many of them the day's peak takes.
 */
class SupplyPanel extends Paragraph {

    private final RequirementService service;

    SupplyPanel(RequirementService service) {
        this.service = service;
        setId("req-supply");
        setVisible(false);
    }

    void show(RequirementVersionSummary v, LocalDate day) {
        DaySupply supply = service.supply(v.id(), day);
        setText(supply.explanation().render(getLocale()));
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
