package dev.frontline.shared.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn by Apache ECharts in the browser ({@code frontend/components/fl-chart.ts}). Views describe it with
 * {@link ChartOption}, {@link HeatmapOption} or {@link ScatterOption}; clicks come back as {@link ClickEvent}s so a view can explain the
 * number under the pointer.
 */
@Tag("fl-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/fl-chart.ts")
public class Chart extends Component implements HasSize {

    public Chart() {
        setWidthFull();
        setHeight("360px");
        // axis numbers and tooltips in the user's language; a language switch re-creates the view, and with it this
        addAttachListener(e -> getElement().setAttribute("lang", e.getUI().getLocale().toLanguageTag()));
    }

    public void setOption(ChartOption option) {
        setOption(option.toJson());
    }

    public void setOption(HeatmapOption option) {
        setOption(option.toJson());
    }

    public void setOption(ScatterOption option) {
        setOption(option.toJson());
    }

    public void setOption(ObjectNode option) {
        getElement().setPropertyJson("option", option);
    }

    public Registration addClickListener(com.vaadin.flow.component.ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    @DomEvent("fl-chart-click")
    public static class ClickEvent extends ComponentEvent<Chart> {
        private final String series;
        private final String category;
        private final double value;

        public ClickEvent(Chart source, boolean fromClient,
                @EventData("event.detail.series") String series,
                @EventData("event.detail.category") String category,
                @EventData("event.detail.value") double value) {
            super(source, fromClient);
            this.series = series;
            this.category = category;
            this.value = value;
        }

        public String series() {
            return series;
        }

        public String category() {
            return category;
        }

        public double value() {
            return value;
        }
    }
}
