package dev.bahi.identity.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.identity.api.AuthenticateUser;
import dev.bahi.identity.api.AuthenticationResult;
import dev.bahi.identity.api.AuthenticationResult.Outcome;
import dev.bahi.identity.api.ChangeUserRole;
import dev.bahi.identity.api.DeviceRegistered;
import dev.bahi.identity.api.DisableUser;
import dev.bahi.identity.api.EnableUser;
import dev.bahi.identity.api.FailedLoginsCleared;
import dev.bahi.identity.api.LoginFailed;
import dev.bahi.identity.api.RegisterDevice;
import dev.bahi.identity.api.RegisterUser;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserDisabled;
import dev.bahi.identity.api.UserEnabled;
import dev.bahi.identity.api.UserLockedOut;
import dev.bahi.identity.api.UserRegistered;
import dev.bahi.identity.api.UserRoleChanged;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person who works in one shop, with one role; counts wrong passwords and locks itself against guessing. */
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class User {
    @AggregateIdentifier
    private String userId;
    private String tenantId;
    private String passwordHash;
    private Role role;
    private UserStatus status;
    private int consecutiveFailures;
    private Instant lockedUntil;

    protected User() {
        // for Axon
    }

    @CommandHandler
    public User(RegisterUser command) {
        if (command.tenantId() == null || command.userId() == null) {
            throw new IllegalArgumentException("user and tenant ids are required");
        }
        if (command.name() == null || command.name().isBlank() || command.name().length() > 120) {
            throw new RuleViolation("NAME_INVALID", "name", "name must have 1 to 120 characters");
        }
        if (command.email() == null && command.phone() == null) {
            throw new RuleViolation("LOGIN_REQUIRED", "email", "an e-mail address or a phone number is required");
        }
        if (command.role() == null) {
            throw new RuleViolation("ROLE_REQUIRED", "role", "role is required");
        }
        if (command.passwordHash() == null || command.passwordHash().isBlank()) {
            throw new IllegalArgumentException("password hash is required");
        }
        apply(new UserRegistered(command.userId(), command.tenantId(), command.name().trim(), command.email(),
                command.phone(), command.passwordHash(), command.role(), command.invitationId(), Instant.now()));
    }

    @CommandHandler
    public AuthenticationResult handle(AuthenticateUser command, PasswordVerifier verifier) {
        ownedBy(command);
        Instant now = Instant.now();
        if (status == UserStatus.DISABLED) {
            return new AuthenticationResult(Outcome.DISABLED, role, null);
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new AuthenticationResult(Outcome.LOCKED, role, lockedUntil);
        }
        if (verifier.matches(command.password(), passwordHash)) {
            if (consecutiveFailures > 0) {
                apply(new FailedLoginsCleared(userId, tenantId, now));
            }
            return new AuthenticationResult(Outcome.AUTHENTICATED, role, null);
        }
        int failures = consecutiveFailures + 1;
        apply(new LoginFailed(userId, tenantId, failures, now));
        if (LockoutPolicy.locksOut(failures)) {
            Instant until = LockoutPolicy.lockedUntil(now);
            apply(new UserLockedOut(userId, tenantId, until));
            return new AuthenticationResult(Outcome.LOCKED, role, until);
        }
        return new AuthenticationResult(Outcome.WRONG_PASSWORD, role, null);
    }

    @CommandHandler
    public void handle(ChangeUserRole command) {
        ownedBy(command);
        if (command.role() == null) {
            throw new RuleViolation("ROLE_REQUIRED", "role", "role is required");
        }
        if (command.role() != role) {
            apply(new UserRoleChanged(userId, tenantId, role, command.role()));
        }
    }

    @CommandHandler
    public void handle(DisableUser command) {
        ownedBy(command);
        if (status == UserStatus.DISABLED) {
            throw new StateConflict("USER_ALREADY_DISABLED", "user is already disabled");
        }
        apply(new UserDisabled(userId, tenantId, Instant.now()));
    }

    @CommandHandler
    public void handle(EnableUser command) {
        ownedBy(command);
        if (status == UserStatus.ACTIVE) {
            throw new StateConflict("USER_NOT_DISABLED", "user is not disabled");
        }
        apply(new UserEnabled(userId, tenantId, Instant.now()));
    }

    @CommandHandler
    public void handle(RegisterDevice command) {
        ownedBy(command);
        if (command.deviceId() == null || command.deviceId().isBlank() || command.deviceId().length() > 128) {
            throw new RuleViolation("DEVICE_ID_INVALID", "deviceId", "deviceId must have 1 to 128 characters");
        }
        if (command.platform() == null) {
            throw new RuleViolation("PLATFORM_REQUIRED", "platform", "platform is required");
        }
        apply(new DeviceRegistered(userId, tenantId, command.deviceId(), command.platform(), command.appVersion(),
                command.pushToken(), Instant.now()));
    }

    /** Another shop's user is answered exactly like a user that does not exist. */
    private void ownedBy(TenantScoped command) {
        if (!Objects.equals(tenantId, command.tenantId())) {
            throw new NotFound("USER_NOT_FOUND", "user not found");
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        tenantId = event.tenantId();
        passwordHash = event.passwordHash();
        role = event.role();
        status = UserStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(LoginFailed event) {
        consecutiveFailures = event.consecutiveFailures();
    }

    @EventSourcingHandler
    void on(UserLockedOut event) {
        lockedUntil = event.lockedUntil();
        consecutiveFailures = 0;
    }

    @EventSourcingHandler
    void on(FailedLoginsCleared event) {
        consecutiveFailures = 0;
        lockedUntil = null;
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserDisabled event) {
        status = UserStatus.DISABLED;
    }

    @EventSourcingHandler
    void on(UserEnabled event) {
        status = UserStatus.ACTIVE;
        consecutiveFailures = 0;
        lockedUntil = null;
    }
}
