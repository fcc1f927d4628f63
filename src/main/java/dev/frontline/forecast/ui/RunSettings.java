package dev.frontline.forecast.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;

/**
 * The settings every forecast run offers, for one queue ({@link RunControls}) or for all ({@link AllQueuesPanel}): the
 * horizon in weeks, the grain and whether the planner's adjustments carry over — the same choices and defaults
 * wherever a run starts, each field with its own id under the panel's prefix.
 */
final class RunSettings {

    final Select<Integer> horizon = new Select<>();
    final Select<Integer> grain = new Select<>();
    final Checkbox carry = new Checkbox();

    RunSettings(Component owner, String idPrefix) {
        horizon.setId(idPrefix + "-horizon");
        horizon.setLabel(owner.getTranslation("forecast.run.horizon"));
        horizon.setItems(1, 2, 3, 4, 5, 6);
        horizon.setItemLabelGenerator(w -> owner.getTranslation("forecast.run.weeks", w));
        horizon.setValue(2);
        grain.setId(idPrefix + "-grain");
        grain.setLabel(owner.getTranslation("forecast.run.grain"));
        grain.setItems(List.of(15, 30, 60));
        grain.setItemLabelGenerator(m -> owner.getTranslation("forecast.run.minutes", m));
        grain.setValue(15);
        carry.setId(idPrefix + "-carry");
        carry.setLabel(owner.getTranslation("forecast.run.carry"));
        carry.setValue(true);
    }
}
