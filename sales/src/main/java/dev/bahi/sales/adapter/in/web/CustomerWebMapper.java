package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.application.port.in.ManageCustomersUseCase.AdjustmentInput;
import dev.bahi.sales.application.port.in.ManageCustomersUseCase.CustomerInput;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Between customers, khatas and their JSON: paise become rupee strings ("1250.00", "-50.00"). */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CustomerWebMapper {

    CustomerInput toInput(CustomerRequest request);

    AdjustmentInput toInput(AdjustmentRequest request);

    @Mapping(target = ".", source = "details")
    @Mapping(target = "id", source = "customerId")
    @Mapping(target = "creditLimit", source = "details.creditLimit", qualifiedByName = "rupeesOrNull")
    @Mapping(target = "balance", source = "balance", qualifiedByName = "rupees")
    CustomerResponse toResponse(CustomerView view);

    CustomerPageResponse toResponse(CustomerPage page);

    @Mapping(target = "id", source = "entryId")
    @Mapping(target = "debit", source = "debit", qualifiedByName = "rupees")
    @Mapping(target = "credit", source = "credit", qualifiedByName = "rupees")
    @Mapping(target = "balance", source = "balance", qualifiedByName = "rupees")
    LedgerResponse.Entry toEntry(LedgerEntryView entry);

    @Mapping(target = "openingBalance", source = "openingBalance", qualifiedByName = "rupees")
    @Mapping(target = "closingBalance", source = "closingBalance", qualifiedByName = "rupees")
    LedgerResponse toResponse(Ledger ledger);

    @Named("rupees")
    default String rupees(long paise) {
        return Money.format(paise);
    }

    @Named("rupeesOrNull")
    default String rupeesOrNull(Long paise) {
        return Money.formatOrNull(paise);
    }
}
