package org.tto.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Institution;
import org.tto.shared.ForbiddenException;
import org.tto.shared.NotFoundException;

class PlanAccessTest {

    private final ImplementationPlan una = planOf(1L, "UNA", "KE");

    private static ImplementationPlan planOf(long institutionId, String code, String country) {
        Institution institution = new Institution(code, "University " + code, country, 1);
        ReflectionTestUtils.setField(institution, "id", institutionId);
        return new ImplementationPlan(institution, null, Instant.now());
    }

    @Test
    void theCountrysCoordinatorAndAdminsManage() {
        assertThatCode(() -> PlanAccess.requireManage(new Actor("c", Role.COORDINATOR, null, null, "KE"), una))
                .doesNotThrowAnyException();
        assertThatCode(() -> PlanAccess.requireManage(new Actor("a", Role.ADMIN, null, null, null), una))
                .doesNotThrowAnyException();
    }

    @Test
    void outOfScopeIsNotFound() {
        assertThatThrownBy(() -> PlanAccess.requireRead(new Actor("c", Role.COORDINATOR, null, null, "VN"), una))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> PlanAccess.requireRead(new Actor("o", Role.OFFICER, 2L, "UNB", "KE"), una))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void inScopeButNotAllowedIsForbidden() {
        Actor director = new Actor("d", Role.DIRECTOR, 1L, "UNA", "KE");
        assertThatCode(() -> PlanAccess.requireRead(director, una)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanAccess.requireManage(director, una)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> PlanAccess.requireRead(new Actor("i", Role.INVENTOR, 1L, "UNA", "KE"), una))
                .isInstanceOf(ForbiddenException.class);
        Actor reviewer = new Actor("r", Role.REVIEWER, null, null, null);
        assertThatCode(() -> PlanAccess.requireJudge(reviewer, una)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanAccess.requireManage(reviewer, una)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> PlanAccess.requireJudge(new Actor("c", Role.COORDINATOR, null, null, "KE"), una))
                .isInstanceOf(ForbiddenException.class);
    }
}
