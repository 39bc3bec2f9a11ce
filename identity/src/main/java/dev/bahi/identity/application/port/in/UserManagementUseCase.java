package dev.bahi.identity.application.port.in;

import dev.bahi.identity.api.DevicePlatform;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.api.UserView;

/** A shop's users: adding them, inviting them, changing them, and their devices. */
public interface UserManagementUseCase {
    record NewUser(String name, String email, String phone, Role role, String password) {
    }

    record Invite(Role role, String name, String email, String phone) {
    }

    record Registration(String invitation, String name, String email, String phone, String password) {
    }

    record UserChange(Role role, UserStatus status) {
    }

    record Device(String deviceId, DevicePlatform platform, String appVersion, String pushToken) {
    }

    UserView create(NewUser user);

    OnboardingUseCase.IssuedInvitation invite(Invite invite);

    AuthenticationUseCase.Tokens register(Registration registration);

    UserView change(String userId, UserChange change);

    UserView.Device registerDevice(Device device);

    UserView me();

    UserView find(String userId);
}
