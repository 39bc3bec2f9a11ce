package dev.bahi.sales.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.FindLedger;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.ListCustomers;
import dev.bahi.sales.application.port.in.FindCustomersUseCase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Reads customers and khatas through the query bus, so that the read side can move to another service unchanged.
 * A khata is only shown once its customer is known in the asking shop, so another shop's customer id answers
 * "not found" everywhere.
 */
public final class CustomerQueryService implements FindCustomersUseCase {
    private final QueryGateway queries;
    private final Duration catchUpWait;

    public CustomerQueryService(QueryGateway queries, Duration catchUpWait) {
        this.queries = queries;
        this.catchUpWait = catchUpWait;
    }

    @Override
    public Optional<CustomerView> find(String tenantId, String customerId) {
        return queries.query(new FindCustomer(tenantId, customerId), ResponseTypes.optionalInstanceOf(CustomerView.class))
                .join();
    }

    /** For a customer this caller has just written: a miss can only be the projection catching up. */
    Optional<CustomerView> findAfterWrite(String tenantId, String customerId) {
        return ReadYourWrites.await(() -> find(tenantId, customerId), catchUpWait);
    }

    /** The same, until the customer shows what this caller wrote ({@code written}). */
    Optional<CustomerView> findAfterWrite(String tenantId, String customerId, Predicate<CustomerView> written) {
        return ReadYourWrites.await(() -> find(tenantId, customerId).filter(written), catchUpWait);
    }

    @Override
    public CustomerPage list(ListCustomers query) {
        return queries.query(query, ResponseTypes.instanceOf(CustomerPage.class)).join();
    }

    @Override
    public Ledger ledger(String tenantId, String customerId, String from, String to) {
        String first = date(from, "from");
        String last = date(to, "to");
        checkRange(first, last);
        return queries.query(new FindLedger(tenantId, customerId, first, last), ResponseTypes.optionalInstanceOf(Ledger.class))
                .join().orElseThrow(() -> customerNotFound(customerId));
    }

    static NotFound customerNotFound(String customerId) {
        return new NotFound("CUSTOMER_NOT_FOUND", "customer " + customerId + " not found");
    }

    /** A business date as yyyy-MM-dd, or null for none. */
    static String date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-24");
        }
    }

    static void checkRange(String from, String to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is after to");
        }
    }
}
