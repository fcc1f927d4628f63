package dev.frontline.staffing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import dev.frontline.shared.ui.Formats;
import dev.frontline.staffing.IntervalExplanation;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.StaffingModel;

/** Why an interval needs its agents: the stored sentence plus model, the goal that binds, formula and inputs. */
class IntervalExplanationPanel extends Div {

    IntervalExplanationPanel() {
        setId("req-explanation");
    }

    void clear() {
        removeAll();
    }

    /** @param interval the interval's label on the chart, e.g. "14:00" */
    void show(IntervalExplanation why, String interval) {
        removeAll();
        H3 title = new H3(getTranslation("requirements.why", why.requiredAgents(), interval));
        title.setId("req-why-title");
        Paragraph sentence = new Paragraph(why.sentence().render(getLocale()));
        sentence.setId("req-why-sentence");
        Paragraph model = new Paragraph(getTranslation("requirements.why.model", why.model().label()));
        Paragraph binding = new Paragraph(why.requiredAgents() == 0 ? getTranslation("requirements.why.binding.none")
                : getTranslation("requirements.why.binding", why.requiredAgents() - 1,
                getTranslation(ServiceGoal.bindingKey(why.bindingConstraint()))));
        binding.setId("req-why-binding");
        if (why.model() == StaffingModel.DEFERRED_BACKLOG) {
            binding.setText(getTranslation("requirements.why.binding.deferred"));
        }
        Paragraph formula = new Paragraph(getTranslation("requirements.why.formula", why.formula().render(getLocale())));
        formula.setId("req-why-formula");
        UnorderedList inputs = new UnorderedList();
        inputs.setId("req-why-inputs");
        why.inputs().forEach((name, value) -> inputs.add(new ListItem(name + " = " + inputValue(value))));
        add(title, sentence, model, binding, formula, new Span(getTranslation("requirements.why.inputs")), inputs);
    }

    private static String inputValue(Object value) {
        if (value instanceof Double d) {
            return Formats.decimal(d, d == Math.rint(d) ? 0 : 3);
        }
        return String.valueOf(value);
    }
}
