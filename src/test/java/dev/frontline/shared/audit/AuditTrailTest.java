package dev.frontline.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.testing.FrontlineIntegrationTest;

@FrontlineIntegrationTest
@Transactional
class AuditTrailTest {

    @Autowired
    AuditTrail auditTrail;

    @Test
    void recordsTheSignedInUserAsActor() {
        auditTrail.record("audit-test", "SITE-1", AuditAction.UPDATE, "seats: 60 -> 62");
        List<AuditTrail.AuditEntry> entries = auditTrail.recent("audit-test", 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM_ACTOR);
            assertThat(entry.entityKey()).isEqualTo("SITE-1");
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.details()).isEqualTo("seats: 60 -> 62");
        });
    }

    @Test
    @WithUserDetails("planner")
    void namesThePlannerWhoMadeTheChange() {
        auditTrail.record("audit-test", "Q-1", AuditAction.CREATE, "created");
        assertThat(auditTrail.recent("audit-test", 10)).extracting(AuditTrail.AuditEntry::actor).containsExactly("planner");
    }
}
