package dev.bahi.identity.adapter.in.web;

import dev.bahi.identity.api.DevicePlatform;
import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.tenant.api.GstRegistration;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the identity API; field names are the contract client apps are written against. */
final class IdentityWebDtos {
    private IdentityWebDtos() {
    }

    record AddressBody(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String city,
                       @Schema(example = "411001") String pincode) {
    }

    record BusinessBody(
            @NotBlank @Size(max = 120) @Schema(example = "Sharma Kirana Store") String name,
            @Size(max = 200) @Schema(example = "Sharma Traders") String legalName,
            @NotNull GstRegistration gstRegistration,
            @Schema(example = "27AAPFU0939F1ZV") String gstin,
            @NotBlank @Schema(example = "27") String stateCode,
            @Valid AddressBody address,
            @Schema(example = "+919812345678") String phone,
            @Schema(example = "owner@sharma.example") String email,
            @Schema(example = "sharmakirana@okicici") String upiId,
            @Schema(example = "Asia/Kolkata") String timeZone,
            @Schema(example = "INV") String invoicePrefix) {
    }

    record OwnerBody(@NotBlank @Size(max = 120) @Schema(example = "Ravi Sharma") String name,
                     @Schema(example = "ravi@sharma.example") String email,
                     @Schema(example = "+919812345678") String phone,
                     @NotNull @Schema(example = "correct horse battery") String password) {
    }

    record SignupBody(@NotNull @Valid BusinessBody business, @NotNull @Valid OwnerBody owner) {
    }

    record TokenBody(String tenantId, String userId, String accessToken, String refreshToken, String tokenType,
                     long expiresIn) {
    }

    record OwnerContactBody(@Size(max = 120) String name, String email, String phone) {
    }

    record OnboardTenantBody(@NotNull @Valid BusinessBody business, @Valid OwnerContactBody owner) {
    }

    record InvitationBody(String id, String tenantId, String token, String role, Instant expiresAt) {
    }

    record OnboardedTenantBody(String tenantId, InvitationBody ownerInvitation) {
    }

    record LoginBody(@NotBlank @Schema(example = "ravi@sharma.example") String login,
                     @NotBlank String password,
                     @Schema(description = "needed only when the login exists in several shops") String tenantId) {
    }

    record RefreshBody(@NotBlank String refreshToken) {
    }

    record LogoutBody(String refreshToken) {
    }

    record RegisterBody(@NotBlank @Schema(description = "the invitation token") String invitation,
                        @NotBlank @Size(max = 120) String name, String email, String phone,
                        @NotNull String password) {
    }

    record DeviceBody(@NotBlank @Size(max = 128) String deviceId, @NotNull DevicePlatform platform,
                      @Size(max = 40) @Schema(example = "1.4.2") String appVersion,
                      @Size(max = 4096) String pushToken) {
    }

    record DeviceResponse(String deviceId, DevicePlatform platform, String appVersion, Instant lastSeenAt) {
    }

    record UserResponse(String id, String tenantId, String name, String email, String phone, Role role,
                        List<String> roles, UserStatus status, List<DeviceResponse> devices, Instant registeredAt) {
    }

    record UserPageResponse(List<UserResponse> items, String nextCursor) {
    }

    record NewUserBody(@NotBlank @Size(max = 120) @Schema(example = "Suresh Patil") String name,
                       String email, @Schema(example = "9822012345") String phone,
                       @NotNull Role role, @NotNull String password) {
    }

    record InviteBody(@NotNull Role role, @Size(max = 120) String name, String email, String phone) {
    }

    record UserChangeBody(Role role, UserStatus status) {
    }
}
