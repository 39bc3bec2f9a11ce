package dev.bahi.tenant.adapter.in.web;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.tenant.application.port.in.AdministerTenantsUseCase;
import dev.bahi.tenant.application.port.in.FindTenantsUseCase;
import dev.bahi.tenant.application.port.in.UpdateTenantProfileUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own shop ({@code /tenant}, tenant from the token only) and, for the platform admin, every
 * shop ({@code /tenants}). Creating a shop is signup's and admin onboarding's, in the identity context.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shop", description = "A shop's business profile (GSTIN, state, UPI id, invoice prefix) and its status")
public class TenantController {
    private static final String OWNER = "hasRole('OWNER')";
    private static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";

    private final FindTenantsUseCase tenants;
    private final UpdateTenantProfileUseCase profiles;
    private final AdministerTenantsUseCase administration;
    private final ShopMapper mapper;

    public TenantController(FindTenantsUseCase tenants, UpdateTenantProfileUseCase profiles,
                            AdministerTenantsUseCase administration, ShopMapper mapper) {
        this.tenants = tenants;
        this.profiles = profiles;
        this.administration = administration;
        this.mapper = mapper;
    }

    /** Every user of a shop may read it, whatever their role; the platform admin has no shop (404). */
    @GetMapping("/tenant")
    @Operation(summary = "Your shop", description = "The business profile and status of the caller's shop; "
            + "any role of the shop may read it.")
    @ApiResponse(responseCode = "200", description = "the shop")
    @ApiResponse(responseCode = "404", description = "the caller belongs to no shop (code TENANT_NOT_FOUND)")
    public ShopResponse ownShop() {
        String tenantId = CurrentPrincipal.tenantId();
        return tenants.findOwn(tenantId).map(mapper::toResponse).orElseThrow(() -> notFound(tenantId));
    }

    @PatchMapping("/tenant")
    @PreAuthorize(OWNER)
    @Operation(summary = "Change your shop's profile",
            description = "Owner only. Fields left out stay as they are; an empty string clears an optional field. "
                    + "The GSTIN must belong to the shop's state; phone numbers without +91 are taken as Indian.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "New GSTIN and UPI id", value = """
                            { "gstRegistration": "REGULAR", "gstin": "27AAPFU0939F1ZV", "stateCode": "27",
                              "upiId": "sharmakirana@okicici" }"""),
                    @ExampleObject(name = "Moved shop", value = """
                            { "address": { "line1": "Shop 4, Laxmi Road", "city": "Pune", "pincode": "411030" },
                              "phone": "98123 45678" }""")})))
    @ApiResponse(responseCode = "200", description = "the shop after the change")
    @ApiResponse(responseCode = "400", description = "a rule is broken, e.g. code GSTIN_STATE_MISMATCH, field gstin")
    public ShopResponse updateOwnShop(@Valid @RequestBody UpdateShopRequest request) {
        String tenantId = CurrentPrincipal.tenantId();
        return mapper.toResponse(profiles.updateProfile(tenantId, mapper.toChanges(request)));
    }

    @GetMapping("/tenants")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Every shop (platform admin)", description = "Paged in registration order.")
    @ApiResponse(responseCode = "200", description = "a page of shops")
    public ShopPageResponse list(
            @Parameter(description = "page size, 1 to 200 (default 50)", example = "50")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page")
            @RequestParam(required = false) String cursor) {
        return mapper.toResponse(tenants.list(limit, cursor));
    }

    @GetMapping("/tenants/{id}")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "One shop (platform admin)")
    @ApiResponse(responseCode = "200", description = "the shop")
    @ApiResponse(responseCode = "404", description = "no such shop (code TENANT_NOT_FOUND)")
    public ShopResponse shop(@Parameter(example = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07") @PathVariable String id) {
        return tenants.find(id).map(mapper::toResponse).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/tenants/{id}/suspend")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Suspend a shop (platform admin)",
            description = "Every token of the shop's users stops working at once (401, code TENANT_SUSPENDED).")
    @ApiResponse(responseCode = "200", description = "the shop, now SUSPENDED")
    @ApiResponse(responseCode = "409", description = "already suspended (code TENANT_ALREADY_SUSPENDED)")
    public ShopResponse suspend(@PathVariable String id, @Valid @RequestBody SuspendShopRequest request) {
        return mapper.toResponse(administration.suspend(id, request.reason()));
    }

    @PostMapping("/tenants/{id}/reactivate")
    @PreAuthorize(PLATFORM_ADMIN)
    @Operation(summary = "Lift a shop's suspension (platform admin)")
    @ApiResponse(responseCode = "200", description = "the shop, ACTIVE again")
    @ApiResponse(responseCode = "409", description = "not suspended (code TENANT_NOT_SUSPENDED)")
    public ShopResponse reactivate(@PathVariable String id) {
        return mapper.toResponse(administration.reactivate(id));
    }

    private static NotFound notFound(String tenantId) {
        return new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found");
    }
}
