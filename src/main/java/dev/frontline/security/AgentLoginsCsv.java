package dev.frontline.security;

import java.util.List;

/**
 * The one-time passwords of a bulk creation as CSV (RFC 4180) to hand out: username, employee number, name, password.
 * A field that would start a spreadsheet formula (=, +, -, @, tab, CR) gets a leading quote (OWASP CSV injection).
 */
public final class AgentLoginsCsv {

    private AgentLoginsCsv() {
    }

    public static String of(List<AgentLogin> logins) {
        StringBuilder csv = new StringBuilder("username,employee_number,name,one_time_password\r\n");
        logins.forEach(l -> csv.append(String.join(",", field(l.username()), field(l.employeeNumber()),
                field(l.fullName()), field(l.oneTimePassword()))).append("\r\n"));
        return csv.toString();
    }

    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
