package dev.bahi.identity.application;

import dev.bahi.identity.api.AcceptInvitation;
import dev.bahi.identity.api.ChangeUserRole;
import dev.bahi.identity.api.DisableUser;
import dev.bahi.identity.api.EnableUser;
import dev.bahi.identity.api.FindUser;
import dev.bahi.identity.api.RegisterDevice;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.api.UserView;
import dev.bahi.identity.application.port.in.AuthenticationUseCase.Tokens;
import dev.bahi.identity.application.port.in.OnboardingUseCase.IssuedInvitation;
import dev.bahi.identity.application.port.in.UserManagementUseCase;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** A shop's users: owners and managers add and invite them; everyone keeps their own devices. */
public final class UserService implements UserManagementUseCase {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserRegistrar registrar;
    private final OnboardingService onboarding;
    private final TokenService tokens;

    public UserService(CommandGateway commands, QueryGateway queries, UserRegistrar registrar,
                       OnboardingService onboarding, TokenService tokens) {
        this.commands = commands;
        this.queries = queries;
        this.registrar = registrar;
        this.onboarding = onboarding;
        this.tokens = tokens;
    }

    @Override
    public UserView create(NewUser user) {
        BahiPrincipal caller = CurrentPrincipal.get();
        String tenantId = CurrentPrincipal.tenantId();
        Role role = requireRole(user.role());
        mayAssign(caller, role);
        UserRegistrar.Candidate candidate = registrar.check(null, user.name(), user.email(), user.phone(),
                user.password());
        registrar.register(tenantId, candidate, null, c -> role);
        return new UserView(candidate.userId(), tenantId, candidate.name(), candidate.email(), candidate.phone(),
                role, UserStatus.ACTIVE, List.of(), Instant.now());
    }

    @Override
    public IssuedInvitation invite(Invite invite) {
        BahiPrincipal caller = CurrentPrincipal.get();
        String tenantId = CurrentPrincipal.tenantId();
        Role role = requireRole(invite.role());
        mayAssign(caller, role);
        String email = RuleViolation.at("email", () -> EmailAddress.normalised(invite.email()));
        String phone = RuleViolation.at("phone", () -> PhoneNumber.normalised(invite.phone()));
        return onboarding.issueInvitation(tenantId, role, invite.name(), email, phone, caller.userId());
    }

    @Override
    public Tokens register(Registration registration) {
        InvitationSecrets.ParsedInvitation invitation = InvitationSecrets.parseInvitation(registration.invitation());
        UserRegistrar.Candidate candidate = registrar.check(null, registration.name(), registration.email(),
                registration.phone(), registration.password());
        Role role = registrar.register(invitation.tenantId(), candidate, invitation.invitationId(), c ->
                commands.sendAndWait(new AcceptInvitation(invitation.invitationId(), invitation.tenantId(),
                        InvitationSecrets.hash(invitation.secret()), c.userId()), UserRegistrar.actedBy(c)));
        return tokens.issue(new BahiPrincipal(candidate.userId(), invitation.tenantId(), Set.of(role.name()), null));
    }

    @Override
    public UserView change(String userId, UserChange change) {
        BahiPrincipal caller = CurrentPrincipal.get();
        String tenantId = CurrentPrincipal.tenantId();
        requireId(userId);
        if (change.role() == null && change.status() == null) {
            throw new RuleViolation("NOTHING_TO_CHANGE", "role", "give a role or a status to change");
        }
        if (userId.equals(caller.userId())) {
            throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "SELF_CHANGE_FORBIDDEN",
                    "you cannot change your own role or status; ask another owner");
        }
        UserView before = find(userId);
        if (change.role() != null) {
            commands.sendAndWait(new ChangeUserRole(userId, tenantId, change.role()));
        }
        if (change.status() != null && change.status() != before.status()) {
            commands.sendAndWait(change.status() == UserStatus.DISABLED
                    ? new DisableUser(userId, tenantId) : new EnableUser(userId, tenantId));
        }
        return new UserView(before.userId(), before.tenantId(), before.name(), before.email(), before.phone(),
                change.role() != null ? change.role() : before.role(),
                change.status() != null ? change.status() : before.status(), before.devices(), before.registeredAt());
    }

    @Override
    public UserView.Device registerDevice(Device device) {
        BahiPrincipal caller = CurrentPrincipal.get();
        String tenantId = CurrentPrincipal.tenantId();
        commands.sendAndWait(new RegisterDevice(caller.userId(), tenantId, device.deviceId(), device.platform(),
                device.appVersion(), device.pushToken()));
        return new UserView.Device(device.deviceId(), device.platform(), device.appVersion(), device.pushToken(),
                Instant.now());
    }

    @Override
    public UserView me() {
        BahiPrincipal caller = CurrentPrincipal.get();
        String tenantId = CurrentPrincipal.tenantId();
        // A valid token proves the user exists: a miss can only be the projection catching up.
        return ReadYourWrites.await(() -> findView(tenantId, caller.userId()), ReadYourWrites.DEFAULT_WAIT)
                .orElseThrow(() -> new NotFound("USER_NOT_FOUND", "user not found"));
    }

    @Override
    public UserView find(String userId) {
        requireId(userId);
        return findView(CurrentPrincipal.tenantId(), userId)
                .orElseThrow(() -> new NotFound("USER_NOT_FOUND", "user not found"));
    }

    private Optional<UserView> findView(String tenantId, String userId) {
        return queries.query(new FindUser(tenantId, userId), ResponseTypes.optionalInstanceOf(UserView.class)).join();
    }

    /** Owners may give any role; managers only cashier and accountant. */
    private static void mayAssign(BahiPrincipal caller, Role role) {
        boolean allowed = caller.hasRole(Role.OWNER.name())
                || caller.hasRole(Role.MANAGER.name()) && (role == Role.CASHIER || role == Role.ACCOUNTANT);
        if (!allowed) {
            throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "ROLE_NOT_ASSIGNABLE",
                    "your role may not give the role " + role);
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new RuleViolation("ROLE_REQUIRED", "role", "role is required");
        }
        return role;
    }

    private static void requireId(String userId) {
        if (!Ids.isId(userId)) {
            throw new NotFound("USER_NOT_FOUND", "user not found");
        }
    }
}
