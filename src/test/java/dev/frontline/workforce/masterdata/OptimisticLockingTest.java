package dev.frontline.workforce.masterdata;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** Two planners edit the same record: the second save is refused with who and when, the first change is kept. */
@FrontlineIntegrationTest
class OptimisticLockingTest {

    private static final String OTHER = "md.planner2";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SiteService sites;
    @Autowired
    ContractService contracts;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void secondPlanner() {
        if (accounts.findByUsername(OTHER).isEmpty()) {
            accounts.create(OTHER, passwords.encode("frontline"), AppRole.PLANNER, "Second Planner", null);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        signIn("planner");
        Stored<SiteDraft> created = sites.create(site("MD-LOCK", "Lock test", 60));
        Stored<SiteDraft> openedByFirst = find("MD-LOCK");
        Stored<SiteDraft> openedBySecond = find("MD-LOCK");

        signIn(OTHER);
        sites.update(openedByFirst.id(), openedByFirst.version(), site("MD-LOCK", "Lock test", 62));

        signIn("planner");
        assertThatThrownBy(() -> sites.update(openedBySecond.id(), openedBySecond.version(),
                site("MD-LOCK", "Lock test renamed", 60)))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.key()).isEqualTo("masterdata.error.stale");
                    assertThat(e.args()).contains("MD-LOCK", OTHER);
                });
        Stored<SiteDraft> now = find("MD-LOCK");
        assertThat(now.data().officeSeats()).isEqualTo(62);
        assertThat(now.data().name()).isEqualTo("Lock test");
        assertThat(now.version()).isEqualTo(created.version() + 1);
        assertThat(audit.latest("site", "MD-LOCK").orElseThrow().actor()).isEqualTo(OTHER);
    }

    @Test
    void theViewShowsWhoChangedTheRecordAndKeepsTheInput() {
        signIn("planner");
        sites.create(site("MD-LOCKV", "View lock test", 10));
        KaribuSession.open(context);
        try {
            KaribuSession.signIn(users, "planner");
            UI.getCurrent().navigate("sites");
            @SuppressWarnings("unchecked")
            Grid<Stored<SiteDraft>> grid = _get(Grid.class, spec -> spec.withId("site-grid"));
            grid.select(grid.getGenericDataView().getItems().filter(s -> s.data().code().equals("MD-LOCKV"))
                    .findFirst().orElseThrow());

            Stored<SiteDraft> current = find("MD-LOCKV");
            signIn(OTHER);
            sites.update(current.id(), current.version(), site("MD-LOCKV", "Changed meanwhile", 10));
            KaribuSession.signIn(users, "planner");

            TextField name = _get(TextField.class, spec -> spec.withId("site-name"));
            _setValue(name, "My own edit");
            _click(_get(Button.class, spec -> spec.withId("site-save")));
            assertThat(_get(Span.class, spec -> spec.withId("site-error")).getText())
                    .startsWith("Site MD-LOCKV was changed by " + OTHER + " at ")
                    .contains("reload to see their change");
            assertThat(name.getValue()).isEqualTo("My own edit");
            assertThat(find("MD-LOCKV").data().name()).isEqualTo("Changed meanwhile");
        } finally {
            KaribuSession.close();
        }
    }

    @Test
    void savingARecordThatWasDeletedMeanwhileIsRefused() {
        signIn("planner");
        Stored<ContractDraft> contract = contracts.create(new ContractDraft("MD-GONE", "Gone soon", 0, 1200, null, 660,
                1, 5, 2, 2, 1, LocalTime.of(22, 0), LocalTime.of(6, 0), 0, List.of()));
        signIn(OTHER);
        contracts.delete(contract.id(), contract.version());
        signIn("planner");
        assertThatThrownBy(() -> contracts.update(contract.id(), contract.version(), contract.data()))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.key()).isEqualTo("masterdata.error.deleted-by");
                    assertThat(e.args()).contains(OTHER);
                });
    }

    private Stored<SiteDraft> find(String code) {
        return sites.all().stream().filter(s -> s.data().code().equals(code)).findFirst().orElseThrow();
    }

    private static SiteDraft site(String code, String name, int seats) {
        return new SiteDraft(code, name, "PT", "Europe/Lisbon", seats, LocalTime.of(8, 0), LocalTime.of(18, 0), List.of());
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
