package dev.frontline.capacity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.capacity.CapacityRefusal;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.ScenarioLevers;

/** The planner's what-if: a name and the levers that differ from the forecast; a refusal marks the field it names. */
class WhatIfPanel extends VerticalLayout {

    private final CapacityService capacity;
    private final Runnable onAdded;
    private final TextField name = new TextField();
    private final NumberField attrition = new NumberField();
    private final NumberField volume = new NumberField();
    private final NumberField aht = new NumberField();
    private final NumberField serviceLevel = new NumberField();
    private final IntegerField threshold = new IntegerField();
    private final NumberField occupancy = new NumberField();
    private final IntegerField classroom = new IntegerField();
    private final IntegerField budget = new IntegerField();
    private final NumberField homeShare = new NumberField();
    private final IntegerField onboarding = new IntegerField();
    private final IntegerField crossSkillAgents = new IntegerField();
    private final DatePicker crossSkillFrom = new DatePicker();
    private final Map<String, HasValidation> byField;
    private long planId;

    WhatIfPanel(CapacityService capacity, Runnable onAdded) {
        this.capacity = capacity;
        this.onAdded = onAdded;
        setId("capacity-what-if");
        setPadding(false);
        label(name, "capacity-what-if-name", "capacity.field.name");
        label(attrition, "capacity-what-if-attrition", "capacity.field.attrition");
        label(volume, "capacity-what-if-volume", "capacity.field.volume");
        label(aht, "capacity-what-if-aht", "capacity.field.aht");
        label(serviceLevel, "capacity-what-if-sl", "capacity.field.sl");
        label(threshold, "capacity-what-if-threshold", "capacity.field.threshold");
        label(occupancy, "capacity-what-if-occupancy", "capacity.field.occupancy");
        label(classroom, "capacity-what-if-classroom", "capacity.field.classroom");
        label(budget, "capacity-what-if-budget", "capacity.field.budget");
        label(homeShare, "capacity-what-if-home-share", "capacity.field.home-share");
        label(onboarding, "capacity-what-if-onboarding", "capacity.field.onboarding");
        label(crossSkillAgents, "capacity-what-if-cross-skill-agents", "capacity.field.cross-skill-agents");
        label(crossSkillFrom, "capacity-what-if-cross-skill-from", "capacity.field.cross-skill-from");
        crossSkillFrom.setHelperText(getTranslation("capacity.field.cross-skill-from.help"));
        byField = Map.ofEntries(Map.entry("name", name), Map.entry("attritionPoints", attrition),
                Map.entry("volumePercent", volume), Map.entry("ahtPercent", aht),
                Map.entry("serviceLevelPercent", serviceLevel), Map.entry("thresholdSeconds", threshold),
                Map.entry("occupancyCapPercent", occupancy), Map.entry("classroomWeeks", classroom),
                Map.entry("hiringBudget", budget), Map.entry("homeSharePercent", homeShare),
                Map.entry("onboardingWeeks", onboarding), Map.entry("crossSkillAgents", crossSkillAgents),
                Map.entry("crossSkillFrom", crossSkillFrom));
        Button add = new Button(getTranslation("capacity.what-if.add"), e -> add());
        add.setId("capacity-what-if-add");
        add(new H3(getTranslation("capacity.what-if")), new FormLayout(name, attrition, volume, aht, serviceLevel,
                threshold, occupancy, classroom, budget, homeShare, onboarding, crossSkillAgents, crossSkillFrom), add);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String id, String key) {
        ((com.vaadin.flow.component.Component) field).setId(id);
        field.setLabel(getTranslation(key));
    }

    void setPlan(long id) {
        this.planId = id;
    }

    private void add() {
        byField.values().forEach(f -> f.setInvalid(false));
        try {
            capacity.addScenario(planId, name.getValue(), new ScenarioLevers(attrition.getValue(), volume.getValue(),
                    aht.getValue(), serviceLevel.getValue(), threshold.getValue(), occupancy.getValue(),
                    classroom.getValue(), budget.getValue(), homeShare.getValue(), onboarding.getValue(),
                    crossSkillAgents.getValue(), crossSkillFrom.getValue(), null, null));
            name.clear();
            onAdded.run();
        } catch (CapacityRefusal e) {
            HasValidation field = byField.getOrDefault(e.field(), name);
            field.setErrorMessage(e.phrase().render(getLocale()));
            field.setInvalid(true);
        }
    }
}
