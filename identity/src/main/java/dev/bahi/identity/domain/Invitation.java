package dev.bahi.identity.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.identity.api.AcceptInvitation;
import dev.bahi.identity.api.InvitationAccepted;
import dev.bahi.identity.api.InvitationIssued;
import dev.bahi.identity.api.IssueInvitation;
import dev.bahi.identity.api.Role;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A one-time, expiring invitation to join a shop with a given role. */
@Aggregate
public class Invitation {
    @AggregateIdentifier
    private String invitationId;
    private String tenantId;
    private Role role;
    private String secretHash;
    private Instant expiresAt;
    private boolean accepted;

    protected Invitation() {
        // for Axon
    }

    @CommandHandler
    public Invitation(IssueInvitation command) {
        if (command.role() == null) {
            throw new RuleViolation("ROLE_REQUIRED", "role", "role is required");
        }
        if (command.secretHash() == null || command.expiresAt() == null) {
            throw new IllegalArgumentException("an invitation needs a secret hash and an expiry");
        }
        apply(new InvitationIssued(command.invitationId(), command.tenantId(), command.role(), command.name(),
                command.email(), command.phone(), command.secretHash(), command.expiresAt(), command.invitedBy()));
    }

    @CommandHandler
    public Role handle(AcceptInvitation command) {
        // A wrong shop or a wrong secret looks the same as no invitation at all.
        if (!Objects.equals(tenantId, command.tenantId()) || command.secretHash() == null
                || !MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII),
                        command.secretHash().getBytes(StandardCharsets.US_ASCII))) {
            throw new NotFound("INVITATION_NOT_FOUND", "invitation not found");
        }
        if (accepted) {
            throw new StateConflict("INVITATION_USED", "this invitation has already been used");
        }
        if (Instant.now().isAfter(expiresAt)) {
            throw new StateConflict("INVITATION_EXPIRED", "this invitation has expired");
        }
        apply(new InvitationAccepted(invitationId, tenantId, command.userId(), Instant.now()));
        return role;
    }

    @EventSourcingHandler
    void on(InvitationIssued event) {
        invitationId = event.invitationId();
        tenantId = event.tenantId();
        role = event.role();
        secretHash = event.secretHash();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        accepted = true;
    }
}
