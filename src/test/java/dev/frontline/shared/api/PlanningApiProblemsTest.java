package dev.frontline.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;

/** An exception that says nothing in the bundles never leaks its English internals into a problem's detail. */
class PlanningApiProblemsTest {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningApiProblemsTest.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");
    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @Test
    void anUnphrasedRefusalIsAGeneric400InTheReadersLanguage() {
        ProblemDetail problem = PlanningApiProblems.refusedFallback(LOG,
                new IllegalArgumentException("totals: interval 7 min over 3 days"), POLISH);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Żądanie odrzucono: jedna z jego wartości nie jest tu dopuszczalna.")
                .doesNotContain("interval");
    }

    @Test
    void anUnphrasedLookupFailureIsAGeneric404AndAConflictA409() {
        ProblemDetail missing = PlanningApiProblems.notFoundFallback(LOG, new NoSuchElementException("No value present"),
                TURKISH);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getDetail()).isEqualTo("İstekte belirtilen kayıt bulunamadı.");
        ProblemDetail conflict = PlanningApiProblems.conflictFallback(LOG, new IllegalStateException("row locked"),
                Locale.UK);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getDetail())
                .isEqualTo("The request cannot be carried out in the current state; reload and try again.");
    }
}
