package dev.bahi.identity.application;

import dev.bahi.identity.api.IssueInvitation;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.application.port.in.AuthenticationUseCase.Tokens;
import dev.bahi.identity.application.port.in.OnboardingUseCase;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.RegisterTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * Brings shops onto Bahi. Everything that can be checked is checked before anything is written: the owner's
 * details first, then the shop (the tenant aggregate validates the profile), then the owner's logins.
 */
public final class OnboardingService implements OnboardingUseCase {
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final CommandGateway commands;
    private final UserRegistrar registrar;
    private final TokenService tokens;
    private final boolean signupEnabled;
    private final Clock clock;

    public OnboardingService(CommandGateway commands, UserRegistrar registrar, TokenService tokens,
                             boolean signupEnabled, Clock clock) {
        this.commands = commands;
        this.registrar = registrar;
        this.tokens = tokens;
        this.signupEnabled = signupEnabled;
        this.clock = clock;
    }

    @Override
    public Tokens signUp(BusinessProfile business, OwnerInput owner) {
        if (!signupEnabled) {
            throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "SIGNUP_DISABLED",
                    "self-service signup is switched off; ask the platform administrator");
        }
        if (owner == null) {
            throw new RuleViolation("OWNER_REQUIRED", "owner", "owner is required");
        }
        UserRegistrar.Candidate candidate = registrar.check("owner", owner.name(), owner.email(), owner.phone(),
                owner.password());
        String tenantId = registerShop(business, RegisterTenant.Onboarding.SELF_SERVICE_SIGNUP,
                UserRegistrar.actedBy(candidate));
        registrar.register(tenantId, candidate, null, c -> Role.OWNER);
        return tokens.issue(new BahiPrincipal(candidate.userId(), tenantId, Set.of(Role.OWNER.name()), null));
    }

    @Override
    public OnboardedShop onboard(BusinessProfile business, String ownerName, String ownerEmail, String ownerPhone) {
        String email = RuleViolation.at("owner.email", () -> EmailAddress.normalised(ownerEmail));
        String phone = RuleViolation.at("owner.phone", () -> PhoneNumber.normalised(ownerPhone));
        String tenantId = registerShop(business, RegisterTenant.Onboarding.PLATFORM_ADMIN, MetaData.emptyInstance());
        IssuedInvitation invitation = issueInvitation(tenantId, Role.OWNER, ownerName, email, phone,
                CurrentPrincipal.get().userId());
        return new OnboardedShop(tenantId, invitation);
    }

    /** Shared with user management: an invitation for any role of a shop. */
    IssuedInvitation issueInvitation(String tenantId, Role role, String name, String email, String phone,
                                     String invitedBy) {
        String invitationId = Ids.newId();
        String secret = InvitationSecrets.newSecret();
        var expiresAt = clock.instant().plus(INVITATION_VALIDITY);
        commands.sendAndWait(new IssueInvitation(invitationId, tenantId, role, name, email, phone,
                InvitationSecrets.hash(secret), expiresAt, invitedBy));
        return new IssuedInvitation(invitationId, tenantId,
                InvitationSecrets.invitationToken(tenantId, invitationId, secret), role.name(), expiresAt);
    }

    private String registerShop(BusinessProfile business, RegisterTenant.Onboarding onboarding, MetaData actor) {
        if (business == null) {
            throw new RuleViolation("BUSINESS_REQUIRED", "business", "business is required");
        }
        String tenantId = Ids.newId();
        try {
            commands.sendAndWait(new RegisterTenant(tenantId, business, onboarding), actor);
        } catch (RuleViolation e) {
            throw e.under("business");
        }
        return tenantId;
    }
}
