package dev.bahi.identity.adapter.in.web;

import dev.bahi.identity.adapter.in.web.IdentityWebDtos.BusinessBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.DeviceResponse;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.InvitationBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.TokenBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.UserResponse;
import dev.bahi.identity.api.UserView;
import dev.bahi.identity.application.port.in.AuthenticationUseCase.Tokens;
import dev.bahi.identity.application.port.in.OnboardingUseCase.IssuedInvitation;
import dev.bahi.tenant.api.BusinessProfile;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps between the identity API's JSON shapes and the use cases' types. */
@Mapper(componentModel = "spring")
interface IdentityWebMapper {

    BusinessProfile toProfile(BusinessBody body);

    @Mapping(target = "tokenType", constant = "Bearer")
    TokenBody toBody(Tokens tokens);

    @Mapping(target = "id", source = "invitationId")
    InvitationBody toBody(IssuedInvitation invitation);

    @Mapping(target = "id", source = "userId")
    @Mapping(target = "roles", expression = "java(java.util.List.of(user.role().name()))")
    UserResponse toResponse(UserView user);

    @Mapping(target = "lastSeenAt", source = "lastSeenAt")
    DeviceResponse toResponse(UserView.Device device);

    List<UserResponse> toResponses(List<UserView> users);
}
