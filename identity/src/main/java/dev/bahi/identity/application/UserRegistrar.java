package dev.bahi.identity.application;

import dev.bahi.identity.api.RegisterUser;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.application.port.out.LoginDirectory;
import dev.bahi.identity.application.port.out.PasswordHasher;
import dev.bahi.identity.domain.PasswordPolicy;
import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.MessageMetadata;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * The one way a user comes into being, for signup, owner-created users and invitations alike: check the
 * input, reserve the logins (unique within the shop even under races), then register; a failure gives the
 * reserved logins back so nothing is left half-written.
 */
public final class UserRegistrar {
    /** A person's details checked and normalised, ready to register. */
    record Candidate(String userId, String name, String email, String phone, String password) {
        List<String> logins() {
            List<String> logins = new ArrayList<>();
            if (email != null) {
                logins.add(email);
            }
            if (phone != null) {
                logins.add(phone);
            }
            return logins;
        }
    }

    private final CommandGateway commands;
    private final LoginDirectory directory;
    private final PasswordHasher hasher;

    public UserRegistrar(CommandGateway commands, LoginDirectory directory, PasswordHasher hasher) {
        this.commands = commands;
        this.directory = directory;
        this.hasher = hasher;
    }

    /**
     * Who the audit trail names for a registration: the signed-in owner or manager who adds a user, or,
     * on signup and registration by invitation (public routes), the new user themself.
     */
    static MetaData actedBy(Candidate candidate) {
        return CurrentPrincipal.find().isPresent() ? MetaData.emptyInstance()
                : MetaData.with(MessageMetadata.USER_ID, candidate.userId());
    }

    /** Checks and normalises; {@code prefix} is where these fields sit in the request ("owner" in a signup). */
    Candidate check(String prefix, String name, String email, String phone, String password) {
        String at = prefix == null ? "" : prefix + ".";
        if (name == null || name.isBlank() || name.trim().length() > 120) {
            throw new RuleViolation("NAME_INVALID", at + "name", "name must have 1 to 120 characters");
        }
        String normalisedEmail = RuleViolation.at(at + "email", () -> EmailAddress.normalised(email));
        String normalisedPhone = RuleViolation.at(at + "phone", () -> PhoneNumber.normalised(phone));
        if (normalisedEmail == null && normalisedPhone == null) {
            throw new RuleViolation("LOGIN_REQUIRED", at + "email", "an e-mail address or a phone number is required");
        }
        PasswordPolicy.check(password, at + "password", normalisedEmail, normalisedPhone);
        return new Candidate(Ids.newId(), name.trim(), normalisedEmail, normalisedPhone, password);
    }

    /**
     * Reserves the candidate's logins in {@code tenantId}, then asks {@code roleFor} for the role (which may
     * use an invitation, once the logins are safely reserved) and registers the user.
     */
    Role register(String tenantId, Candidate candidate, String invitationId, Function<Candidate, Role> roleFor) {
        List<String> claimed = new ArrayList<>();
        try {
            for (String login : candidate.logins()) {
                directory.claim(tenantId, login, candidate.userId());
                claimed.add(login);
            }
            Role role = roleFor.apply(candidate);
            commands.sendAndWait(new RegisterUser(candidate.userId(), tenantId, candidate.name(), candidate.email(),
                    candidate.phone(), hasher.hash(candidate.password()), role, invitationId), actedBy(candidate));
            return role;
        } catch (RuntimeException e) {
            claimed.forEach(login -> directory.release(tenantId, login, candidate.userId()));
            throw e;
        }
    }
}
