package dev.frontline.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.shared.ui.Formats;
import dev.frontline.training.TrainingSupplyService;
import dev.frontline.training.TrainingSupplyService.PathTime;

/** Per path: how long agents took to finish its courses, and how long the curve then needs to make them proficient. */
class TimeToProficiencyPanel extends VerticalLayout {

    final Grid<PathTime> grid = new Grid<>();

    TimeToProficiencyPanel(TrainingSupplyService supply) {
        setId("training-time-to-proficiency");
        setPadding(false);
        grid.setId("training-time-grid");
        grid.addColumn(t -> t.path().path().name()).setHeader(getTranslation("training2.time.col.path")).setFlexGrow(2);
        grid.addColumn(t -> Formats.integer(t.time().finished())).setHeader(getTranslation("training2.time.col.finished"));
        grid.addColumn(t -> t.time().courseDays() == null ? getTranslation("training2.time.none-finished")
                : getTranslation("training2.time.days", (double) Math.round(t.time().courseDays())))
                .setHeader(getTranslation("training2.time.col.courses"));
        grid.addColumn(t -> t.time().startLevel() == null ? getTranslation("training2.time.no-skill")
                : Formats.percent(100 * t.time().startLevel(), 0)).setHeader(getTranslation("training2.time.col.start"));
        grid.addColumn(t -> getTranslation("training2.time.weeks", LearningCurvePanel.oneDecimal(t.time().rampWeeks())))
                .setHeader(getTranslation("training2.time.col.ramp"));
        grid.addColumn(t -> t.time().totalWeeks() == null ? ""
                : getTranslation("training2.time.weeks", LearningCurvePanel.oneDecimal(t.time().totalWeeks())))
                .setHeader(getTranslation("training2.time.col.total"));
        grid.setAllRowsVisible(true);
        grid.setItems(supply.timeToProficiency());
        add(new H3(getTranslation("training2.time.title")), new Paragraph(getTranslation("training2.time.intro")), grid);
    }
}
