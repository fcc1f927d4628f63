package dev.frontline.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    private final PrerequisiteGraph graph = new PrerequisiteGraph(Map.of(
            "CHAT-101", List.of(), "CHAT-201", List.of("CHAT-101"), "CHAT-301", List.of("CHAT-201"),
            "GDPR-100", List.of()));

    @Test
    void aNewPrerequisiteThatLeadsBackIsNamedAsTheCycle() {
        assertThat(graph.with("CHAT-101", List.of("CHAT-201")).cycleThrough("CHAT-101"))
                .hasValue(List.of("CHAT-101", "CHAT-201", "CHAT-101"));
        assertThat(PrerequisiteGraph.describe(graph.with("CHAT-101", List.of("CHAT-301")).cycleThrough("CHAT-101")
                .orElseThrow())).isEqualTo("CHAT-101 → CHAT-301 → CHAT-201 → CHAT-101");
    }

    @Test
    void anAcyclicCatalogueHasNoCycle() {
        assertThat(graph.cycleThrough("CHAT-301")).isEmpty();
        assertThat(graph.with("GDPR-100", List.of("CHAT-301", "CHAT-101")).cycleThrough("GDPR-100")).isEmpty();
    }

    @Test
    void aPathMayNotPutACourseBeforeItsPrerequisite() {
        assertThat(graph.checkOrder(List.of("CHAT-101", "CHAT-201", "CHAT-301"))).isEmpty();
        assertThat(graph.checkOrder(List.of("CHAT-201", "GDPR-100"))).as("a prerequisite outside the path").isEmpty();
        Refusal refusal = graph.checkOrder(List.of("CHAT-201", "CHAT-101")).orElseThrow();
        assertThat(refusal.english()).isEqualTo("CHAT-201 comes before its prerequisite CHAT-101 in the path.");
        assertThat(refusal.phrase().render(Locale.forLanguageTag("tr")))
                .isEqualTo("CHAT-201, yolda ön koşulu olan CHAT-101 kursundan önce geliyor.");
    }
}
