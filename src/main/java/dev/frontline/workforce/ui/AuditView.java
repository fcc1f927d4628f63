package dev.frontline.workforce.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.audit.AuditTrail.AuditEntry;

/** Who changed what and when in master data, newest first, filtered by type, actor and text. */
@Route("audit")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.audit", order = 19, icon = "vaadin:time-backward")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail audit;
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField actor = new TextField();
    private final TextField text = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    public AuditView(AuditTrail audit) {
        this.audit = audit;
        setId("audit-view");
        setSizeFull();
        type.setId("audit-type");
        type.setPlaceholder(getTranslation("audit.filter.type"));
        type.setItems(audit.entityTypes());
        type.setItemLabelGenerator(this::typeName);
        type.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setPlaceholder(getTranslation("audit.filter.actor"));
        text.setId("audit-text");
        text.setPlaceholder(getTranslation("audit.filter.text"));
        for (TextField field : new TextField[] {actor, text}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        type.addValueChangeListener(e -> refresh());
        count.setId("audit-count");

        ZoneId zone = ZoneId.systemDefault();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> WHEN.format(e.occurredAt().atZoneSameInstant(zone))).setHeader(getTranslation("audit.col.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> typeName(e.entityType())).setHeader(getTranslation("audit.col.type")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::entityKey).setHeader(getTranslation("audit.col.key")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().getLiteral())).setHeader(getTranslation("audit.col.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.details(getLocale())).setHeader(getTranslation("audit.col.details")).setFlexGrow(1);
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(type, actor, text, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("audit.title")), filters, grid);
        refresh();
    }

    private void refresh() {
        var entries = audit.search(type.getValue(), actor.getValue(), text.getValue(), LIMIT);
        grid.setItems(entries);
        count.setText(getTranslation(entries.size() == LIMIT ? "audit.count.limited" : "audit.count", entries.size()));
    }

    private String typeName(String entityType) {
        String key = "masterdata.entity." + entityType;
        String name = getTranslation(key);
        // types written by other features (imports) may have no label of their own
        return name.contains(key) ? entityType : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
