package dev.bahi.sales.application;

import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.Aggregates;
import dev.bahi.sales.api.AdjustBalance;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.LedgerEntryRecorded;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.api.OpenCustomerAccount;
import dev.bahi.sales.api.UpdateCustomer;
import dev.bahi.sales.application.port.in.ManageCustomersUseCase;
import dev.bahi.sales.application.port.out.CustomerPhoneDirectory;
import java.time.Clock;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Customers come into the khata with their phone reserved first (unique within the shop even under races) and
 * given back when opening fails, so that nothing is left half-written. A new phone is reserved before a change
 * and the old one given back only once the change is made. Entries are dated with the shop's business date.
 */
public final class CustomerService implements ManageCustomersUseCase {
    private final CommandGateway commands;
    private final CustomerPhoneDirectory phones;
    private final CustomerQueryService customers;
    private final ShopDirectory shops;
    private final Clock clock;

    public CustomerService(CommandGateway commands, CustomerPhoneDirectory phones, CustomerQueryService customers,
                           ShopDirectory shops, Clock clock) {
        this.commands = commands;
        this.phones = phones;
        this.customers = customers;
        this.shops = shops;
        this.clock = clock;
    }

    @Override
    public CustomerView open(String tenantId, CustomerInput input) {
        if (input == null) {
            throw new RuleViolation("CUSTOMER_REQUIRED", null, "the customer's details are required");
        }
        String phone = phone(input.phone());
        Long creditLimit = RuleViolation.at("creditLimit", () -> Money.paiseOrNull(input.creditLimit()));
        Long openingBalance = signedPaise(input.openingBalance(), "openingBalance");
        long opening = openingBalance == null ? 0 : openingBalance;
        CustomerDetails details = new CustomerDetails(input.name(), phone, input.gstin(), input.stateCode(),
                input.address(), creditLimit, Boolean.TRUE.equals(input.remindersOptOut()));
        String businessDate = today(tenantId);
        String customerId = Ids.newId();
        phones.claim(tenantId, phone, customerId);
        try {
            commands.sendAndWait(new OpenCustomerAccount(customerId, tenantId, details, opening, businessDate));
        } catch (RuntimeException e) {
            phones.release(tenantId, phone, customerId);
            throw e;
        }
        return customers.findAfterWrite(tenantId, customerId, view -> view.balance() == opening)
                .orElseThrow(() -> CustomerQueryService.customerNotFound(customerId));
    }

    @Override
    public CustomerView update(String tenantId, String customerId, CustomerInput changes) {
        CustomerView current = customers.find(tenantId, customerId)
                .orElseThrow(() -> CustomerQueryService.customerNotFound(customerId));
        if (changes == null) {
            return current;
        }
        if (changes.openingBalance() != null) {
            throw new RuleViolation("OPENING_BALANCE_IMMUTABLE", "openingBalance",
                    "the opening balance is set when the khata opens; record an adjustment to correct it");
        }
        CustomerDetails was = current.details();
        CustomerDetails merged = merge(was, changes);
        boolean newPhone = !merged.phone().equals(was.phone());
        // A phone this customer already holds (the read model may lag a change just made) is not claimed again.
        boolean claimed = newPhone && phones.customerOf(tenantId, merged.phone()).filter(customerId::equals).isEmpty();
        if (claimed) {
            phones.claim(tenantId, merged.phone(), customerId);
        }
        CustomerDetails result;
        try {
            result = toCustomer(customerId, () -> commands.sendAndWait(new UpdateCustomer(customerId, tenantId, merged)));
        } catch (RuntimeException e) {
            if (claimed) {
                phones.release(tenantId, merged.phone(), customerId);
            }
            throw e;
        }
        if (newPhone) {
            phones.release(tenantId, was.phone(), customerId);
        }
        CustomerView view = customers.findAfterWrite(tenantId, customerId, v -> v.details().equals(result))
                .orElse(current);
        return new CustomerView(view.customerId(), view.tenantId(), result, view.balance(), view.openedAt(),
                view.updatedAt());
    }

    @Override
    public LedgerEntryView adjust(String tenantId, String customerId, AdjustmentInput input) {
        if (input == null) {
            throw new RuleViolation("ADJUSTMENT_REQUIRED", null, "an adjustment needs an amount and a reason");
        }
        Long amount = signedPaise(input.amount(), "amount");
        if (amount == null) {
            throw new RuleViolation("AMOUNT_REQUIRED", "amount", "say how much to add (positive) or take off (negative)");
        }
        if (amount == 0) {
            throw new RuleViolation("AMOUNT_ZERO", "amount", "an adjustment changes the balance");
        }
        AdjustBalance command = new AdjustBalance(customerId, tenantId, Ids.newId(), amount, input.reason(),
                today(tenantId));
        LedgerEntryRecorded entry = toCustomer(customerId, () -> commands.sendAndWait(command));
        return CustomerProjection.view(entry);
    }

    /** The change applied to the details as they stand: null keeps a field, an empty string removes an optional one. */
    static CustomerDetails merge(CustomerDetails was, CustomerInput changes) {
        String phone = changes.phone() == null ? was.phone() : phone(changes.phone());
        String gstin = changes.gstin() == null ? was.gstin() : blankToNull(changes.gstin());
        String stateCode;
        if (changes.stateCode() != null) {
            stateCode = blankToNull(changes.stateCode());
        } else if (changes.gstin() != null && gstin != null) {
            stateCode = null; // a new GSTIN brings its own state (the account derives it)
        } else {
            stateCode = was.stateCode();
        }
        String address = changes.address() == null ? was.address() : blankToNull(changes.address());
        Long creditLimit = changes.creditLimit() == null ? was.creditLimit()
                : RuleViolation.at("creditLimit", () -> Money.paiseOrNull(changes.creditLimit()));
        boolean optOut = changes.remindersOptOut() == null ? was.remindersOptOut() : changes.remindersOptOut();
        return new CustomerDetails(changes.name() == null ? was.name() : changes.name(), phone, gstin, stateCode,
                address, creditLimit, optOut);
    }

    /** An Indian mobile typed any common way ("98220 12345", "+91-98220-12345") in E.164. */
    static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("PHONE_REQUIRED", "phone", "a customer has a mobile number");
        }
        return RuleViolation.at("phone", () -> PhoneNumber.parse(raw)).e164();
    }

    /** Paise from signed rupees ("-50.00" takes off, "120.00" adds); null for none. */
    static Long signedPaise(String rupees, String field) {
        if (rupees == null || rupees.isBlank()) {
            return null;
        }
        String text = rupees.trim();
        boolean negative = text.startsWith("-");
        String magnitude = negative ? text.substring(1) : text;
        if (magnitude.isBlank() || negative && (magnitude.startsWith("-") || magnitude.startsWith("+"))) {
            throw new RuleViolation("AMOUNT_INVALID", field, "'" + rupees + "' is not an amount in rupees");
        }
        long paise = RuleViolation.at(field, () -> Money.paise(magnitude));
        return negative ? -paise : paise;
    }

    private String today(String tenantId) {
        return ShopDirectory.businessDate(shops.profile(tenantId), clock.instant());
    }

    private static <T> T toCustomer(String customerId, Supplier<T> send) {
        return Aggregates.orNotFound(send, () -> CustomerQueryService.customerNotFound(customerId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
