package dev.bahi.tenant.adapter.in.web;

import dev.bahi.platform.kernel.StateCode;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Between the tenant context's views and the shop JSON; every target field must be mapped. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ShopMapper {

    @Mapping(target = ".", source = "profile")
    @Mapping(target = "id", source = "tenantId")
    @Mapping(target = "stateName", source = "profile.stateCode", qualifiedByName = "stateName")
    ShopResponse toResponse(TenantView view);

    ShopPageResponse toResponse(TenantPage page);

    AddressJson toJson(Address address);

    Address toAddress(AddressJson address);

    ProfileChanges toChanges(UpdateShopRequest request);

    @Named("stateName")
    default String stateName(String stateCode) {
        return StateCode.isValid(stateCode) ? StateCode.of(stateCode).stateName() : null;
    }
}
