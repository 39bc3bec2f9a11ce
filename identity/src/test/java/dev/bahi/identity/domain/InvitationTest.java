package dev.bahi.identity.domain;

import static dev.bahi.identity.EventMatchers.exactly;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import dev.bahi.identity.api.AcceptInvitation;
import dev.bahi.identity.api.InvitationAccepted;
import dev.bahi.identity.api.InvitationIssued;
import dev.bahi.identity.api.IssueInvitation;
import dev.bahi.identity.api.Role;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitationTest {
    private static final String INVITATION = "0193a5c2-aa00-7b10-8c20-3d4e5f607182";
    private static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String OWNER = "0193a5c2-8e11-7a40-b2c4-000000000001";
    private static final String INVITEE = "0193a5c2-8e11-7a40-b2c4-000000000002";
    private static final String SECRET_HASH = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
    private static final String OTHER_HASH = "6b86b273ff34fce19c6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b";

    private FixtureConfiguration<Invitation> fixture;
    private Instant nextWeek;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invitation.class);
        nextWeek = Instant.now().plus(Duration.ofDays(7));
    }

    private IssueInvitation issue(Role role, String secretHash, Instant expiresAt) {
        return new IssueInvitation(INVITATION, TENANT, role, "Ravi Kumar", "ravi@sharma.example", "+919812345678",
                secretHash, expiresAt, OWNER);
    }

    private InvitationIssued issued(Role role) {
        return new InvitationIssued(INVITATION, TENANT, role, "Ravi Kumar", "ravi@sharma.example", "+919812345678",
                SECRET_HASH, nextWeek, OWNER);
    }

    @Test
    void issuing_an_invitation_records_it_with_only_the_hash_of_its_secret() {
        fixture.givenNoPriorActivity()
                .when(issue(Role.MANAGER, SECRET_HASH, nextWeek))
                .expectSuccessfulHandlerExecution()
                .expectEvents(issued(Role.MANAGER));
    }

    @Test
    void an_invitation_without_role_is_refused() {
        fixture.givenNoPriorActivity()
                .when(issue(null, SECRET_HASH, nextWeek))
                .expectException(violation("ROLE_REQUIRED", "role"))
                .expectNoEvents();
    }

    @Test
    void an_invitation_without_secret_hash_or_expiry_is_refused() {
        fixture.givenNoPriorActivity()
                .when(issue(Role.CASHIER, null, nextWeek))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("an invitation needs a secret hash and an expiry");
        fixture.givenNoPriorActivity()
                .when(issue(Role.CASHIER, SECRET_HASH, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void accepting_with_the_right_secret_uses_the_invitation_and_answers_its_role() {
        Instant before = Instant.now();
        fixture.given(issued(Role.MANAGER))
                .when(new AcceptInvitation(INVITATION, TENANT, SECRET_HASH, INVITEE))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(Role.MANAGER)
                .expectEventsMatching(payloadsMatching(exactly(predicate(event ->
                        event instanceof InvitationAccepted accepted
                                && accepted.invitationId().equals(INVITATION)
                                && accepted.tenantId().equals(TENANT)
                                && accepted.userId().equals(INVITEE)
                                && !accepted.acceptedAt().isBefore(before)
                                && !accepted.acceptedAt().isAfter(Instant.now())))));
    }

    @Test
    void a_wrong_secret_is_answered_as_if_there_were_no_invitation() {
        fixture.given(issued(Role.MANAGER))
                .when(new AcceptInvitation(INVITATION, TENANT, OTHER_HASH, INVITEE))
                .expectException(withCode(NotFound.class, "INVITATION_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void a_missing_secret_is_answered_as_if_there_were_no_invitation() {
        fixture.given(issued(Role.MANAGER))
                .when(new AcceptInvitation(INVITATION, TENANT, null, INVITEE))
                .expectException(withCode(NotFound.class, "INVITATION_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void another_shop_is_answered_as_if_there_were_no_invitation_even_with_the_right_secret() {
        fixture.given(issued(Role.MANAGER))
                .when(new AcceptInvitation(INVITATION, OTHER_TENANT, SECRET_HASH, INVITEE))
                .expectException(withCode(NotFound.class, "INVITATION_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void an_invitation_works_only_once() {
        fixture.given(issued(Role.CASHIER), new InvitationAccepted(INVITATION, TENANT, INVITEE, Instant.now()))
                .when(new AcceptInvitation(INVITATION, TENANT, SECRET_HASH, "0193a5c2-8e11-7a40-b2c4-000000000003"))
                .expectException(withCode(StateConflict.class, "INVITATION_USED"))
                .expectNoEvents();
    }

    @Test
    void a_used_invitation_does_not_tell_a_wrong_secret_that_it_exists() {
        fixture.given(issued(Role.CASHIER), new InvitationAccepted(INVITATION, TENANT, INVITEE, Instant.now()))
                .when(new AcceptInvitation(INVITATION, TENANT, OTHER_HASH, INVITEE))
                .expectException(withCode(NotFound.class, "INVITATION_NOT_FOUND"));
    }

    @Test
    void an_expired_invitation_cannot_be_accepted() {
        fixture.givenCommands(issue(Role.CASHIER, SECRET_HASH, Instant.now().minusSeconds(1)))
                .when(new AcceptInvitation(INVITATION, TENANT, SECRET_HASH, INVITEE))
                .expectException(withCode(StateConflict.class, "INVITATION_EXPIRED"))
                .expectNoEvents();
    }
}
