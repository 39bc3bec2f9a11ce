package dev.bahi.identity.application.port.in;

import dev.bahi.tenant.api.BusinessProfile;
import java.time.Instant;

/** Bringing a shop onto Bahi: by its owner signing up, or by the platform admin with an owner invitation. */
public interface OnboardingUseCase {
    /** The person who will own the shop. */
    record OwnerInput(String name, String email, String phone, String password) {
    }

    /** A one-time invitation as handed to its invitee. */
    record IssuedInvitation(String invitationId, String tenantId, String token, String role, Instant expiresAt) {
    }

    /** A shop created by the admin and the invitation its owner registers with. */
    record OnboardedShop(String tenantId, IssuedInvitation ownerInvitation) {
    }

    AuthenticationUseCase.Tokens signUp(BusinessProfile business, OwnerInput owner);

    OnboardedShop onboard(BusinessProfile business, String ownerName, String ownerEmail, String ownerPhone);
}
