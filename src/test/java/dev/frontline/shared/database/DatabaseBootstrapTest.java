package dev.frontline.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import dev.frontline.testing.ScratchDatabase;

class DatabaseBootstrapTest {

    private final DatabaseBootstrap bootstrap = new DatabaseBootstrap(destination -> destination.get());

    @Test
    void createsAMissingDatabaseSoNobodyNeedsPsql() throws Exception {
        String name = "frontline_bootstrap_" + ProcessHandle.current().pid();
        ScratchDatabase.drop(name);
        try {
            MockEnvironment environment = environment(ScratchDatabase.SERVER_URL + name);
            bootstrap.postProcessEnvironment(environment, new SpringApplication());
            try (var connection = DriverManager.getConnection(ScratchDatabase.SERVER_URL + name, ScratchDatabase.USER,
                    ScratchDatabase.PASSWORD)) {
                assertThat(connection.isValid(2)).isTrue();
            }
            // a second start finds it and leaves it alone
            bootstrap.postProcessEnvironment(environment, new SpringApplication());
        } finally {
            ScratchDatabase.drop(name);
        }
    }

    @Test
    void aRemoteServerThatDoesNotAnswerIsNamedInOneClearMessage() throws Exception {
        int closedPort = freePort();
        // 127.0.0.2 is local to the machine but not "localhost" by name, so no embedded server is tried
        MockEnvironment environment = environment("jdbc:postgresql://127.0.0.2:" + closedPort + "/frontline")
                .withProperty(DatabaseBootstrap.EMBEDDED, "false");
        assertThatThrownBy(() -> bootstrap.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("No PostgreSQL answers on 127.0.0.2:" + closedPort)
                .satisfies(e -> assertThat(((DatabaseStartupException) e).action()).contains("SPRING_DATASOURCE_URL"));
    }

    @Test
    void aMalformedUrlIsRefusedWithTheExpectedForm() {
        MockEnvironment environment = environment("jdbc:mysql://localhost/frontline");
        assertThatThrownBy(() -> bootstrap.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("jdbc:mysql://localhost/frontline")
                .hasMessageContaining("jdbc:postgresql://host:port/database");
    }

    @Test
    void asRootNoEmbeddedServerIsStartedAndTheMessageSaysHowToStartPostgres() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(EmbeddedPostgresServer.isRoot(), "only meaningful as root");
        MockEnvironment environment = environment("jdbc:postgresql://localhost:" + freePort() + "/frontline");
        assertThatThrownBy(() -> bootstrap.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("PostgreSQL refuses to run as root")
                .satisfies(e -> assertThat(((DatabaseStartupException) e).action()).contains("pg_ctlcluster"));
    }

    @Test
    void theFailureAnalyzerReportsMessageAndActionWithoutAStackTrace() {
        var analysis = new DatabaseStartupFailureAnalyzer().analyze(new DatabaseStartupException("what", "how", null));
        assertThat(analysis.getDescription()).isEqualTo("what");
        assertThat(analysis.getAction()).isEqualTo("how");
    }

    private static MockEnvironment environment(String url) {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", ScratchDatabase.USER)
                .withProperty("spring.datasource.password", ScratchDatabase.PASSWORD);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
