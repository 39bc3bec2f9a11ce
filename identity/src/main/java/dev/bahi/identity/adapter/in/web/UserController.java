package dev.bahi.identity.adapter.in.web;

import dev.bahi.identity.adapter.in.web.IdentityWebDtos.DeviceBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.DeviceResponse;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.InvitationBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.InviteBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.NewUserBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.UserChangeBody;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.UserPageResponse;
import dev.bahi.identity.adapter.in.web.IdentityWebDtos.UserResponse;
import dev.bahi.identity.api.ListUsers;
import dev.bahi.identity.api.UserPage;
import dev.bahi.identity.application.port.in.UserManagementUseCase;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A shop's users, and each user's own profile and devices. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserController {
    private final UserManagementUseCase users;
    private final QueryGateway queries;
    private final IdentityWebMapper mapper;

    UserController(UserManagementUseCase users, QueryGateway queries, IdentityWebMapper mapper) {
        this.users = users;
        this.queries = queries;
        this.mapper = mapper;
    }

    @GetMapping("/me")
    @Operation(summary = "The calling user")
    UserResponse me() {
        return mapper.toResponse(users.me());
    }

    @PostMapping("/me/devices")
    @Operation(summary = "Record the device the app runs on (device id, platform, app version, push token)")
    ResponseEntity<DeviceResponse> registerDevice(@Valid @RequestBody DeviceBody body) {
        var device = users.registerDevice(new UserManagementUseCase.Device(body.deviceId(), body.platform(),
                body.appVersion(), body.pushToken()));
        return ResponseEntity.created(URI.create("/api/v1/users/me")).body(mapper.toResponse(device));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "The shop's users, a page at a time (limit 1-200, default 50; cursor from nextCursor)")
    UserPageResponse list(@RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String cursor) {
        CursorPage.limit(limit);
        UserPage page = queries.query(new ListUsers(CurrentPrincipal.tenantId(), limit, cursor), UserPage.class).join();
        return new UserPageResponse(mapper.toResponses(page.items()), page.nextCursor());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER') or #id == authentication.principal.userId")
    @Operation(summary = "One user of the shop")
    UserResponse find(@PathVariable String id) {
        return mapper.toResponse(users.find(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Add a user with a first password (owners: any role; managers: cashier, accountant)")
    ResponseEntity<UserResponse> create(@Valid @RequestBody NewUserBody body) {
        var user = users.create(new UserManagementUseCase.NewUser(body.name(), body.email(), body.phone(),
                body.role(), body.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.userId())).body(mapper.toResponse(user));
    }

    @PostMapping("/invitations")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Invite a person; they register with the token at POST /api/v1/auth/register (valid 7 days)")
    ResponseEntity<InvitationBody> invite(@Valid @RequestBody InviteBody body) {
        var invitation = users.invite(new UserManagementUseCase.Invite(body.role(), body.name(), body.email(),
                body.phone()));
        return ResponseEntity.created(URI.create("/api/v1/users/invitations/" + invitation.invitationId()))
                .body(mapper.toBody(invitation));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Change a user's role or status (ACTIVE, DISABLED); a disabled user's tokens stop at once")
    UserResponse change(@PathVariable String id, @RequestBody UserChangeBody body) {
        return mapper.toResponse(users.change(id, new UserManagementUseCase.UserChange(body.role(), body.status())));
    }
}
