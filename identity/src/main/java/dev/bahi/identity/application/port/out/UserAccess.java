package dev.bahi.identity.application.port.out;

import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserStatus;
import java.util.Optional;

/**
 * Each user's current status and role, kept in step with the events in the same unit of work, so that
 * disabling a user or changing a role takes effect on the very next request.
 */
public interface UserAccess {
    record Access(String tenantId, String userId, UserStatus status, Role role) {
    }

    void put(Access access);

    Optional<Access> get(String tenantId, String userId);

    void clear();
}
