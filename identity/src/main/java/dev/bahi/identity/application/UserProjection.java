package dev.bahi.identity.application;

import dev.bahi.identity.api.DeviceRegistered;
import dev.bahi.identity.api.FindUser;
import dev.bahi.identity.api.ListUsers;
import dev.bahi.identity.api.UserDisabled;
import dev.bahi.identity.api.UserEnabled;
import dev.bahi.identity.api.UserPage;
import dev.bahi.identity.api.UserRegistered;
import dev.bahi.identity.api.UserRoleChanged;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.api.UserView;
import dev.bahi.identity.application.port.out.UserReadModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;

/** The users read model: who works in each shop, with which role and devices. Replay-safe. */
@ProcessingGroup(UserProjection.PROCESSING_GROUP)
public final class UserProjection {
    public static final String PROCESSING_GROUP = "identity.users";

    private final UserReadModel users;

    public UserProjection(UserReadModel users) {
        this.users = users;
    }

    @EventHandler
    void on(UserRegistered event) {
        users.save(new UserView(event.userId(), event.tenantId(), event.name(), event.email(), event.phone(),
                event.role(), UserStatus.ACTIVE, List.of(), event.registeredAt()));
    }

    @EventHandler
    void on(UserRoleChanged event) {
        users.update(event.tenantId(), event.userId(), u -> new UserView(u.userId(), u.tenantId(), u.name(),
                u.email(), u.phone(), event.role(), u.status(), u.devices(), u.registeredAt()));
    }

    @EventHandler
    void on(UserDisabled event) {
        users.update(event.tenantId(), event.userId(), u -> withStatus(u, UserStatus.DISABLED));
    }

    @EventHandler
    void on(UserEnabled event) {
        users.update(event.tenantId(), event.userId(), u -> withStatus(u, UserStatus.ACTIVE));
    }

    @EventHandler
    void on(DeviceRegistered event) {
        users.update(event.tenantId(), event.userId(), u -> {
            List<UserView.Device> devices = new ArrayList<>(u.devices().stream()
                    .filter(d -> !d.deviceId().equals(event.deviceId())).toList());
            devices.add(new UserView.Device(event.deviceId(), event.platform(), event.appVersion(),
                    event.pushToken(), event.registeredAt()));
            return new UserView(u.userId(), u.tenantId(), u.name(), u.email(), u.phone(), u.role(), u.status(),
                    devices, u.registeredAt());
        });
    }

    @ResetHandler
    void reset() {
        users.clear();
    }

    @QueryHandler
    Optional<UserView> handle(FindUser query) {
        return users.find(query.tenantId(), query.userId());
    }

    @QueryHandler
    UserPage handle(ListUsers query) {
        return users.list(query.tenantId(), query.limit(), query.cursor());
    }

    private static UserView withStatus(UserView u, UserStatus status) {
        return new UserView(u.userId(), u.tenantId(), u.name(), u.email(), u.phone(), u.role(), status, u.devices(),
                u.registeredAt());
    }
}
