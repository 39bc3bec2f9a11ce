package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.api.PaymentPage;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.api.RefundView;
import dev.bahi.payments.application.port.in.ManagePaymentsUseCase;
import dev.bahi.payments.application.port.in.PaymentInput;
import dev.bahi.platform.kernel.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Between the payments context's views and its JSON: rupees as "300.00". */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PaymentWebMapper {

    PaymentInput toInput(PaymentRequest request);

    @Mapping(target = "id", source = "paymentId")
    @Mapping(target = "amount", source = "amount", qualifiedByName = "rupees")
    @Mapping(target = "refunded", source = "refunded", qualifiedByName = "rupees")
    @Mapping(target = "saleAmount", source = "saleAmount", qualifiedByName = "rupees")
    @Mapping(target = "udhaarAmount", source = "udhaarAmount", qualifiedByName = "rupees")
    PaymentResponse toResponse(PaymentView view);

    @Mapping(target = "id", source = "refundId")
    @Mapping(target = "amount", source = "amount", qualifiedByName = "rupees")
    PaymentResponse.Refund toResponse(RefundView refund);

    PaymentPageResponse toResponse(PaymentPage page);

    @Mapping(target = "id", source = "refundId")
    @Mapping(target = "amount", source = "amount", qualifiedByName = "rupees")
    RefundResponse toResponse(ManagePaymentsUseCase.Refund refund);

    @Named("rupees")
    default String rupees(long paise) {
        return Money.format(paise);
    }
}
