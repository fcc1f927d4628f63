package dev.frontline.security.ui;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.frontline.security.ApiTokenService;
import dev.frontline.security.Roles;
import dev.frontline.security.TokenRefusal;
import jakarta.annotation.security.RolesAllowed;

/** A planner's API tokens for scripted imports: create one (its secret is shown once), see when each was used, revoke. */
@Route("api-tokens")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.api-tokens", order = 21, icon = "vaadin:key")
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiTokenService tokens;
    private final Clock clock;

    final TextField name = new TextField();
    final DatePicker expires = new DatePicker();
    final Button create = new Button();
    final TextField secret = new TextField();
    final Grid<ApiTokenService.TokenInfo> grid = new Grid<>();

    public ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setId("api-tokens-view");
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")));

        name.setId("token-name");
        name.setLabel(getTranslation("tokens.name"));
        name.setMaxLength(80);
        expires.setId("token-expires");
        expires.setLabel(getTranslation("tokens.expires"));
        expires.setHelperText(getTranslation("tokens.expires.helper"));
        create.setId("token-create");
        create.setText(getTranslation("tokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        secret.setId("token-secret");
        secret.setLabel(getTranslation("tokens.secret"));
        secret.setHelperText(getTranslation("tokens.secret.helper"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);

        grid.setId("token-grid");
        grid.addColumn(ApiTokenService.TokenInfo::name).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addColumn(ApiTokenService.TokenInfo::prefix).setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("tokens.created")).setAutoWidth(true);
        grid.addColumn(t -> time(t.expiresAt())).setHeader(getTranslation("tokens.expires")).setAutoWidth(true);
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("tokens.last-used")).setAutoWidth(true);
        grid.addColumn(t -> t.revokedAt() != null ? getTranslation("tokens.status.revoked")
                : t.active(OffsetDateTime.now(clock)) ? getTranslation("tokens.status.active")
                : getTranslation("tokens.status.expired")).setHeader(getTranslation("tokens.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("tokens.revoke"), click -> {
                tokens.revoke(t.id());
                refresh();
            });
            revoke.setId("token-revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(t.revokedAt() == null);
            return revoke;
        }).setKey("revoke").setAutoWidth(true);

        HorizontalLayout form = new HorizontalLayout(name, expires, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(form, secret, grid);
        refresh();
    }

    private void create() {
        try {
            OffsetDateTime until = expires.getValue() == null ? null
                    : expires.getValue().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
            ApiTokenService.NewToken token = tokens.create(name.getValue(), until);
            name.setInvalid(false);
            name.clear();
            expires.clear();
            secret.setValue(token.token());
            secret.setVisible(true);
            refresh();
        } catch (TokenRefusal e) {
            name.setErrorMessage(e.reason(getLocale()));
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String time(OffsetDateTime value) {
        return value == null ? "" : value.atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
