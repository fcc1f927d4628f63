package dev.frontline.security.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.AgentLogin;
import dev.frontline.security.AgentWithoutLogin;
import dev.frontline.security.CreatedUser;
import dev.frontline.security.UserAdminException;
import dev.frontline.shared.csv.SafeCsvPrinter;
import dev.frontline.security.UserAdminService;
import dev.frontline.security.UserDraft;
import dev.frontline.security.UserSummary;

/** User administration over REST, for ADMIN only, with the same rules and audit as the admin pages. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Logins and roles (ADMIN only)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class AdminUsersController {

    private final UserAdminService users;

    AdminUsersController(UserAdminService users) {
        this.users = users;
    }

    /** A new login; {@code password} may be left out to get a one-time password back (shown once). */
    record NewUserRequest(String username, String displayName, AppRole role, Long agentId, String email, String password) {
    }

    record RoleRequest(AppRole role, Long agentId) {
    }

    /** The agents to create logins for; left out or null: every current agent without one. */
    record AgentLoginsRequest(List<Long> agentIds) {
    }

    record OneTimePassword(String username, String oneTimePassword) {
    }

    @GetMapping
    @Operation(summary = "Every login with its role, agent, sign-in methods and state (never a password hash)")
    List<UserSummary> list() {
        return users.users();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One login")
    UserSummary one(@PathVariable long id) {
        return users.user(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates or invites a login (201); without a password it gets a one-time password, returned once")
    ResponseEntity<CreatedUser> create(@RequestBody NewUserRequest request) {
        CreatedUser created = users.create(new UserDraft(request.username(), request.displayName(), request.role(),
                request.agentId(), request.email(), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.user().id())).body(created);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disables a login (not oneself, not the last enabled admin)")
    UserSummary disable(@PathVariable long id) {
        return users.setEnabled(id, false);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enables a login")
    UserSummary enable(@PathVariable long id) {
        return users.setEnabled(id, true);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Sets a one-time password, returned once; the user must change it at the next sign-in")
    OneTimePassword resetPassword(@PathVariable long id) {
        String secret = users.resetPassword(id);
        return new OneTimePassword(users.user(id).username(), secret);
    }

    @PutMapping(path = "/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assigns a role; AGENT needs the agentId of an agent without a login")
    UserSummary role(@PathVariable long id, @RequestBody RoleRequest request) {
        return users.changeRole(id, request.role(), request.agentId());
    }

    @GetMapping("/agents-without-login")
    @Operation(summary = "Current agents who have no login yet")
    List<AgentWithoutLogin> agentsWithoutLogin() {
        return users.agentsWithoutLogin();
    }

    @PostMapping(path = "/agent-logins", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Creates AGENT logins (username = employee number in lower case) with one-time passwords, all or"
            + " nothing; answers JSON or, with Accept: text/csv, a CSV to hand out")
    ResponseEntity<?> agentLogins(@RequestBody(required = false) AgentLoginsRequest request,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        List<AgentLogin> created = users.createAgentLogins(request == null ? null : request.agentIds());
        if (accept != null && accept.contains("text/csv")) {
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .body(csv(created));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    /** The one-time passwords to hand out, through the shared spreadsheet-safe printer. */
    private static String csv(List<AgentLogin> logins) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (SafeCsvPrinter printer = new SafeCsvPrinter(out)) {
            printer.printRecord("username", "employee_number", "name", "one_time_password");
            for (AgentLogin l : logins) {
                printer.printRecord(l.username(), l.employeeNumber(), l.fullName(), l.oneTimePassword());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    @ExceptionHandler(UserAdminException.class)
    ResponseEntity<ProblemDetail> refused(UserAdminException e, java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status().http()),
                e.reason(locale));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        problem.setProperty("rule", e.key());
        return ResponseEntity.status(e.status().http()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
