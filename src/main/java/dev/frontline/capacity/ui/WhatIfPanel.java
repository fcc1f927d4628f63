package dev.frontline.capacity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
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
        byField = Map.of("name", name, "attritionPoints", attrition, "volumePercent", volume, "ahtPercent", aht,
                "serviceLevelPercent", serviceLevel, "thresholdSeconds", threshold, "occupancyCapPercent", occupancy,
                "classroomWeeks", classroom, "hiringBudget", budget);
        Button add = new Button(getTranslation("capacity.what-if.add"), e -> add());
        add.setId("capacity-what-if-add");
        add(new H3(getTranslation("capacity.what-if")), new FormLayout(name, attrition, volume, aht, serviceLevel,
                threshold, occupancy, classroom, budget), add);
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
                    classroom.getValue(), budget.getValue()));
            name.clear();
            onAdded.run();
        } catch (CapacityRefusal e) {
            HasValidation field = byField.getOrDefault(e.field(), name);
            field.setErrorMessage(e.phrase().render(getLocale()));
            field.setInvalid(true);
        }
    }
}
