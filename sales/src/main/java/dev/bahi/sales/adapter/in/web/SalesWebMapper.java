package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.StateCode;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.SalePage;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.sales.application.port.in.InvoiceUseCase;
import dev.bahi.sales.application.port.in.SaleInput;
import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Between sales views and their JSON: paise become rupee strings ("570.00"), quantities plain decimals. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface SalesWebMapper {

    SaleInput toInput(SaleRequest request);

    InvoiceUseCase.ReturnInput toInput(ReturnRequest request);

    @Mapping(target = "id", source = "saleId")
    @Mapping(target = "customer", source = "buyer")
    @Mapping(target = "placeOfSupplyName", expression = "java(stateName(view.placeOfSupply()))")
    @Mapping(target = "paid", expression = "java(rupees(view.payment().paid()))")
    @Mapping(target = "due", expression = "java(rupees(view.payment().due()))")
    SaleResponse toResponse(SaleView view);

    SalePageResponse toResponse(SalePage page);

    SaleResponse.Line toLine(TaxedLine line);

    @Mapping(target = "id", source = "returnId")
    SaleResponse.CreditNoteResponse toResponse(CreditNote note);

    default String rupees(long paise) {
        return Money.format(paise);
    }

    default String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Named("stateName")
    default String stateName(String code) {
        return StateCode.isValid(code) ? StateCode.of(code).stateName() : null;
    }
}
