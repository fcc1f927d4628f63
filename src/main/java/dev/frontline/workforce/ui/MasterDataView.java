package dev.frontline.workforce.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

import dev.frontline.workforce.masterdata.InvalidDraftException;
import dev.frontline.workforce.masterdata.MasterDataException;
import dev.frontline.workforce.masterdata.MasterDataStore;
import dev.frontline.workforce.masterdata.MessageKey;
import dev.frontline.workforce.masterdata.Stored;

/**
 * The shape every master-data screen shares: a searchable grid on the left, the selected record's form on the right,
 * save / new / delete. A refused save (invalid, or somebody else saved first) shows its reason above the buttons
 * and keeps what the planner typed, so nothing is lost and nothing is overwritten silently. The binder reads the
 * rules declared on the draft record (Bean Validation), so a field shows the same message the service would give; a
 * rule across fields, which only the service checks, is shown at the field it names.
 */
abstract class MasterDataView<D extends Record> extends VerticalLayout implements HasDynamicTitle {

    protected final String prefix;
    protected final Binder<D> binder;
    protected final Grid<Stored<D>> grid = new Grid<>();
    protected final TextField search = new TextField();
    protected final FormLayout form = new FormLayout();
    protected final HorizontalLayout filters = new HorizontalLayout();
    private final String titleKey;
    private final H3 formTitle = new H3();
    private final Span error = new Span();
    private final Button save = new Button();
    private final Button create = new Button();
    private final Button delete = new Button();
    private final MasterDataStore<D> store;
    private List<Stored<D>> rows = List.of();
    private Stored<D> editing;

    protected MasterDataView(Class<D> type, MasterDataStore<D> store, String prefix, String titleKey) {
        this.store = store;
        this.prefix = prefix;
        this.titleKey = titleKey;
        this.binder = new BeanValidationBinder<>(type);
    }

    /** Builds the screen once the subclass has added its columns and fields. */
    protected void init() {
        setId(prefix + "-view");
        setSizeFull();
        search.setId(prefix + "-search");
        search.setPlaceholder(getTranslation("masterdata.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        filters.addComponentAsFirst(search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId(prefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                edit(e.getValue());
            }
        });
        grid.setHeightFull();

        formTitle.setId(prefix + "-form-title");
        error.setId(prefix + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        save.setText(getTranslation("masterdata.save"));
        save.setId(prefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        create.setText(getTranslation("masterdata.new"));
        create.setId(prefix + "-new");
        create.addClickListener(e -> {
            grid.asSingleSelect().clear();
            edit(null);
        });
        delete.setText(getTranslation("masterdata.delete"));
        delete.setId(prefix + "-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete());
        delete.setVisible(store instanceof MasterDataStore.Deletable);

        VerticalLayout left = new VerticalLayout(filters, grid);
        left.setPadding(false);
        left.setSizeFull();
        VerticalLayout right = new VerticalLayout(formTitle, form, error, new HorizontalLayout(save, create, delete));
        right.setPadding(false);
        // at 1280 px a fixed 44rem form left the list about 270 px, cutting every column: the form takes about a
        // third now, so the list's six columns fit beside it
        right.setWidth("35%");
        right.setMinWidth("20rem");
        right.setMaxWidth("44rem");
        right.getStyle().set("flex-shrink", "0").set("overflow", "auto");
        HorizontalLayout body = new HorizontalLayout(left, right);
        body.setSizeFull();
        add(new H2(getTranslation(titleKey)), body);
        reload();
        edit(null);
    }

    /** The values a new record starts with. */
    protected abstract D blank();

    /** What the search box and the view's own filters let through. */
    protected boolean matches(Stored<D> row, String text) {
        return text.isEmpty() || row.data().toString().toLowerCase(Locale.ROOT).contains(text);
    }

    /** Called after a record (or a blank one) is put into the form. */
    protected void edited(Stored<D> row) {
    }

    protected void applyFilter() {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream().filter(r -> matches(r, text)).toList());
    }

    protected void reload() {
        rows = store.all();
        applyFilter();
    }

    /** The record in the form; null while a new one is being written. */
    protected Stored<D> editing() {
        return editing;
    }

    protected void edit(Stored<D> row) {
        editing = row;
        error.setText("");
        binder.readRecord(row == null ? blank() : row.data());
        formTitle.setText(row == null ? getTranslation("masterdata.form.new")
                : getTranslation("masterdata.form.edit", keyOf(row.data())));
        delete.setEnabled(row != null);
        edited(row);
    }

    private static String keyOf(Record data) {
        try {
            return String.valueOf(data.getClass().getRecordComponents()[0].getAccessor().invoke(data));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save() {
        D draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            error.setText(getTranslation("masterdata.error.form"));
            return;
        }
        try {
            Stored<D> saved = editing == null ? store.create(draft) : store.update(editing.id(), editing.version(), draft);
            reload();
            grid.select(rows.stream().filter(r -> r.id() == saved.id()).findFirst().orElse(saved));
            edit(saved);
            notify(getTranslation("masterdata.saved", keyOf(saved.data())), NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidDraftException invalid) {
            invalid.violations().forEach(v -> binder.getBinding(v.property())
                    .map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance)
                    .map(HasValidation.class::cast)
                    .ifPresent(field -> {
                        field.setErrorMessage(v.in(getLocale()));
                        field.setInvalid(true);
                    }));
            error.setText(invalid.violations().getFirst().in(getLocale()));
        } catch (MasterDataException refused) {
            error.setText(message(refused));
        }
    }

    private void delete() {
        if (editing == null) {
            return;
        }
        try {
            String key = keyOf(editing.data());
            ((MasterDataStore.Deletable<D>) store).delete(editing.id(), editing.version());
            reload();
            edit(null);
            notify(getTranslation("masterdata.deleted", key), NotificationVariant.LUMO_SUCCESS);
        } catch (MasterDataException refused) {
            error.setText(message(refused));
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    /** The refusal in the user's language, with nested keys (e.g. the entity's name) translated too. */
    protected String message(MasterDataException e) {
        return e.phrase().render(getLocale());
    }

    /** The text of the error line, for tests and for subclasses that show a problem of their own. */
    protected void showError(String text) {
        error.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
