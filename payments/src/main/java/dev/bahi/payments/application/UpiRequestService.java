package dev.bahi.payments.application;

import dev.bahi.payments.api.FindUpiRequest;
import dev.bahi.payments.api.FindUpiRequestByReference;
import dev.bahi.payments.api.OpenUpiRequest;
import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.payments.application.port.in.ManageUpiRequestsUseCase;
import dev.bahi.payments.application.port.in.UpiRequestInput;
import dev.bahi.payments.application.port.out.UpiRequestQrCodes;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.FindSettlement;
import dev.bahi.sales.api.Settlement;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.TenantView;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Opens UPI requests: checks the shop has a UPI id, finds what is owed (a sale's due or a customer's balance) unless
 * the caller names the amount, and gives each request a reference "BAHI" + 12 random characters of its id, unique
 * within the shop, by which its payment is later matched.
 */
public final class UpiRequestService implements ManageUpiRequestsUseCase {
    static final String REFERENCE_PREFIX = "BAHI";
    static final int QR_PIXELS = 360;
    private static final int REFERENCE_ATTEMPTS = 5;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UpiRequestQrCodes qrCodes;
    private final Duration catchUpWait;

    public UpiRequestService(CommandGateway commands, QueryGateway queries, UpiRequestQrCodes qrCodes,
                             Duration catchUpWait) {
        this.commands = commands;
        this.queries = queries;
        this.qrCodes = qrCodes;
        this.catchUpWait = catchUpWait;
    }

    @Override
    public UpiRequestView open(String tenantId, String userId, UpiRequestInput input) {
        String saleId = blankToNull(input.saleId());
        String customerId = blankToNull(input.customerId());
        if (saleId != null && customerId != null) {
            throw new RuleViolation("SALE_AND_CUSTOMER_GIVEN", "customerId",
                    "a UPI request is for a sale or for a khata, not both");
        }
        if (saleId == null && customerId == null) {
            throw new RuleViolation("SALE_OR_CUSTOMER_REQUIRED", "saleId",
                    "a UPI request is for a sale (saleId) or for a khata (customerId)");
        }
        Long requested = RuleViolation.at("amount", () -> Money.paiseOrNull(input.amount()));
        if (requested != null && requested <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a UPI request asks for more than zero");
        }
        BusinessProfile shop = profile(tenantId);
        if (shop.upiId() == null || shop.upiId().isBlank()) {
            throw new StateConflict("UPI_ID_MISSING", "the shop has no UPI id; add one to its profile first");
        }
        long amount;
        String note;
        if (saleId != null) {
            Settlement sale = settlement(tenantId, saleId).orElseThrow(() -> new RuleViolation("SALE_NOT_FOUND",
                    "saleId", "sale " + saleId + " not found"));
            if (sale.due() <= 0) {
                throw new StateConflict("NOTHING_DUE", "sale " + saleId + " owes nothing");
            }
            if (requested != null && requested > sale.due()) {
                throw new RuleViolation("AMOUNT_EXCEEDS_DUE", "amount", "the sale owes only "
                        + Money.format(sale.due()));
            }
            amount = requested != null ? requested : sale.due();
            note = "Bill payment";
        } else {
            CustomerView customer = customer(tenantId, customerId).orElseThrow(() -> new RuleViolation(
                    "CUSTOMER_NOT_FOUND", "customerId", "customer " + customerId + " not found"));
            if (requested == null && customer.balance() <= 0) {
                throw new StateConflict("NOTHING_DUE", "customer " + customerId + " owes nothing");
            }
            amount = requested != null ? requested : customer.balance();
            note = "Khata payment" + (customer.details() == null || customer.details().name() == null ? ""
                    : " by " + customer.details().name());
        }
        String id = Ids.newId();
        String reference = reference(id);
        for (int attempt = 1; attempt < REFERENCE_ATTEMPTS && byReference(tenantId, reference).isPresent(); attempt++) {
            id = Ids.newId();
            reference = reference(id);
        }
        commands.sendAndWait(new OpenUpiRequest(id, tenantId, reference, amount, saleId, customerId,
                shop.upiId().trim(), shop.name(), note + " " + reference, userId));
        String opened = id;
        return ReadYourWrites.await(() -> find(tenantId, opened), catchUpWait)
                .orElseThrow(() -> upiRequestNotFound(opened));
    }

    @Override
    public Optional<UpiRequestView> find(String tenantId, String upiRequestId) {
        if (!Ids.isId(upiRequestId)) {
            return Optional.empty();
        }
        return queries.query(new FindUpiRequest(tenantId, upiRequestId),
                ResponseTypes.optionalInstanceOf(UpiRequestView.class)).join();
    }

    @Override
    public Optional<byte[]> qrPng(String tenantId, String upiRequestId) {
        return find(tenantId, upiRequestId).map(request -> qrCodes.png(request.link(), QR_PIXELS));
    }

    public static NotFound upiRequestNotFound(String upiRequestId) {
        return new NotFound("UPI_REQUEST_NOT_FOUND", "UPI request " + upiRequestId + " not found");
    }

    /** "BAHI" and the last 12 hex digits of the id, which are random (the first ones are its time). */
    static String reference(String id) {
        String hex = id.replace("-", "");
        return REFERENCE_PREFIX + hex.substring(hex.length() - 12).toUpperCase(Locale.ROOT);
    }

    private Optional<UpiRequestView> byReference(String tenantId, String reference) {
        return queries.query(new FindUpiRequestByReference(tenantId, reference),
                ResponseTypes.optionalInstanceOf(UpiRequestView.class)).join();
    }

    /** A valid token proves the shop exists, so a miss is only the tenant projection's lag. */
    private BusinessProfile profile(String tenantId) {
        TenantView shop = ReadYourWrites.await(() -> queries.query(new FindTenant(tenantId),
                        ResponseTypes.optionalInstanceOf(TenantView.class)).join(), catchUpWait)
                .orElseThrow(() -> new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found"));
        if (shop.profile() == null) {
            throw new StateConflict("UPI_ID_MISSING", "the shop has no UPI id; add one to its profile first");
        }
        return shop.profile();
    }

    private Optional<Settlement> settlement(String tenantId, String saleId) {
        if (!Ids.isId(saleId)) {
            return Optional.empty();
        }
        return queries.query(new FindSettlement(tenantId, saleId), ResponseTypes.optionalInstanceOf(Settlement.class))
                .join();
    }

    private Optional<CustomerView> customer(String tenantId, String customerId) {
        if (!Ids.isId(customerId)) {
            return Optional.empty();
        }
        return queries.query(new FindCustomer(tenantId, customerId),
                ResponseTypes.optionalInstanceOf(CustomerView.class)).join();
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
