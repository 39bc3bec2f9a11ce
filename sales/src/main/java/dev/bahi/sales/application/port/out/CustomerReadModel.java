package dev.bahi.sales.application.port.out;

import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.ListCustomers;
import java.time.Instant;
import java.util.Optional;

/**
 * The customers read model: each customer with what they owe now. Every change is a targeted write, so that
 * handling an event twice gives the same customer.
 */
public interface CustomerReadModel {
    /** Adds a newly opened customer; a customer already there (a replayed event) is left as it is. */
    void open(CustomerView customer);

    /** Replaces the customer's details. */
    void changeDetails(String tenantId, String customerId, CustomerDetails details, Instant changedAt);

    /** Sets the balance after the khata's entry {@code sequence}, unless a later entry is already in. */
    void recordBalance(String tenantId, String customerId, long sequence, long balance, Instant recordedAt);

    Optional<CustomerView> find(String tenantId, String customerId);

    /** In the order customers were opened; {@code q} matches the name (anywhere, any case) or digits of the phone. */
    CustomerPage list(ListCustomers query);

    void clear();
}
