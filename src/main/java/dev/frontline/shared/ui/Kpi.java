package dev.frontline.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure with its label and, as a tooltip, where the figure comes from. */
public class Kpi extends Div {

    public Kpi(String id, String label, String value, String explanation) {
        setId(id);
        addClassName("fl-kpi");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fl-kpi-value");
        valueSpan.setId(id + "-value");
        Div labelDiv = new Div(label);
        labelDiv.addClassName("fl-kpi-label");
        add(valueSpan, labelDiv);
        setTitle(explanation);
    }
}
