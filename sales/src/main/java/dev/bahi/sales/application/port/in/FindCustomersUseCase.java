package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.ListCustomers;
import java.util.Optional;

/** Reading a shop's customers and their khatas. */
public interface FindCustomersUseCase {
    Optional<CustomerView> find(String tenantId, String customerId);

    CustomerPage list(ListCustomers query);

    /** The khata between two business dates (yyyy-MM-dd, inclusive, either may be null); CUSTOMER_NOT_FOUND if none. */
    Ledger ledger(String tenantId, String customerId, String from, String to);
}
