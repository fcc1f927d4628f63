package dev.frontline.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/**
 * A browserless Vaadin session for view tests (Karibu-Testing) over the Spring context, and sign-in through the
 * application's own user details, so Vaadin's route security sees the same user Spring Security does.
 */
public final class KaribuSession {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("dev.frontline");

    private KaribuSession() {
    }

    public static void open(ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Tears the UI down while the user is still signed in, as pushed updates still queued for it run then. */
    public static void close() {
        try {
            MockVaadin.tearDown();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Signs in as the login form would: the user's own roles, visible to Spring Security and to Vaadin. */
    public static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Lets a background job report back through server push: client round trips, as the browser would make them, until
     * {@code done} holds, failing when {@code what} takes longer than {@code timeout}. The polling stays on the test's
     * own thread, which holds the mocked Vaadin session.
     */
    public static void awaitUi(String what, Duration timeout, BooleanSupplier done) {
        Awaitility.await(what).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return done.getAsBoolean();
                });
    }
}
