package dev.bahi.identity.application.port.out;

import dev.bahi.identity.api.UserPage;
import dev.bahi.identity.api.UserView;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The users of each shop as their screens show them. */
public interface UserReadModel {
    void save(UserView user);

    /** Applies {@code change} to the user if present; a change for an unknown user is ignored. */
    void update(String tenantId, String userId, UnaryOperator<UserView> change);

    Optional<UserView> find(String tenantId, String userId);

    UserPage list(String tenantId, Integer limit, String cursor);

    void clear();
}
