package dev.frontline.workforce.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A list of small records edited in a form: a grid of the rows with a remove button each, and an input line with an
 * add button. The reader turns the input line into a row or throws {@link IllegalArgumentException} with a message.
 */
class ListField<T> extends CustomField<List<T>> {

    private final Grid<T> grid = new Grid<>();
    private final List<T> items = new ArrayList<>();
    private final Span problem = new Span();

    ListField(String id, String label, Supplier<T> reader, Component... inputs) {
        setId(id);
        setLabel(label);
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setMinHeight("3rem");
        grid.addComponentColumn(item -> {
            Button remove = new Button(getTranslation("masterdata.remove"), e -> {
                items.remove(item);
                refresh();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setFlexGrow(0).setWidth("7rem").setKey("remove");
        Button add = new Button(getTranslation("masterdata.add"), e -> {
            try {
                items.add(reader.get());
                problem.setText("");
                refresh();
                updateValue();
            } catch (IllegalArgumentException invalid) {
                problem.setText(invalid.getMessage());
            }
        });
        add.setId(id + "-add");
        problem.setId(id + "-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout line = new HorizontalLayout(inputs);
        line.add(add);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = new VerticalLayout(grid, line, problem);
        content.setPadding(false);
        content.setSpacing(false);
        add(content);
        setWidthFull();
    }

    Grid<T> grid() {
        return grid;
    }

    @Override
    protected List<T> generateModelValue() {
        return List.copyOf(items);
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        items.clear();
        if (value != null) {
            items.addAll(value);
        }
        problem.setText("");
        refresh();
    }

    private void refresh() {
        grid.setItems(List.copyOf(items));
    }
}
