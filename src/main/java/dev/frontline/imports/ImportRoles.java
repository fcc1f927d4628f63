package dev.frontline.imports;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.frontline.security.Roles;

/**
 * Who may import what: planners every kind; HR, who own the quality data and manage training, the agents' daily KPIs
 * and training results as well. Used in the
 * method-security expressions of {@link ImportService} and {@link ImportJobs} ({@code @importRoles.mayImport(#kind)})
 * and by the screen to offer only the kinds the user may load.
 */
@Component("importRoles")
public class ImportRoles {

    /** Whether the signed-in user may preview and commit files of {@code kind}. */
    public boolean mayImport(ImportKind kind) {
        return kind != null && (has(Roles.PLANNER) || (hrKind(kind) && has(Roles.HR)));
    }

    /** Whether the signed-in user may import anything at all (the screen, the job of a commit). */
    public boolean mayImportAny() {
        return has(Roles.PLANNER) || has(Roles.HR);
    }

    private static boolean hrKind(ImportKind kind) {
        return kind == ImportKind.AGENT_KPIS || kind == ImportKind.TRAINING_COMPLETIONS;
    }

    private static boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (("ROLE_" + role).equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
