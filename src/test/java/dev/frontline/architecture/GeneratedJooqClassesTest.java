package dev.frontline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.frontline.tools.JooqCodegen;

/** The committed jOOQ classes must be exactly what the migrations generate; regenerate with -Pjooq-codegen. */
class GeneratedJooqClassesTest {

    private static final Path COMMITTED = Path.of("src/generated/java");

    @Test
    void committedJooqClassesMatchTheMigrations() throws Exception {
        Path fresh = Files.createTempDirectory(Path.of("target"), "jooq-drift");
        JooqCodegen.generate(Path.of("db/migration"), fresh);

        Map<String, String> expected = sources(fresh);
        Map<String, String> actual = sources(COMMITTED);
        assertThat(actual.keySet())
                .as("generated files (run: mvn -Pjooq-codegen process-test-classes)")
                .containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, content) -> assertThat(actual.get(file))
                .as("%s is out of date (run: mvn -Pjooq-codegen process-test-classes)", file)
                .isEqualTo(content));
    }

    private static Map<String, String> sources(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root.resolve("dev/frontline/db"))) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
