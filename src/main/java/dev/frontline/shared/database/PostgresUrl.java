package dev.frontline.shared.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code jdbc:postgresql://host:port/database} URL that the start-up logic needs. */
record PostgresUrl(String host, int port, String database, String query) {

    private static final Pattern URL = Pattern.compile(
            "^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([A-Za-z_][A-Za-z0-9_]*)(\\?.*)?$");

    static PostgresUrl parse(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new DatabaseStartupException(
                    "The database URL '" + url + "' is not of the form jdbc:postgresql://host:port/database.",
                    "Set SPRING_DATASOURCE_URL to a PostgreSQL URL such as jdbc:postgresql://localhost:5432/frontline.",
                    null);
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        return new PostgresUrl(m.group(1), port, m.group(3), m.group(4) == null ? "" : m.group(4));
    }

    boolean isLocal() {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    String maintenanceUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/postgres" + query;
    }

    String serverAddress() {
        return host + ":" + port;
    }
}
