package dev.bahi.sales.application.port.out;

import dev.bahi.sales.api.LedgerEntryView;
import java.util.List;
import java.util.Optional;

/** Every customer's khata lines, in order, each with the balance after it; dates are business dates (yyyy-MM-dd). */
public interface LedgerReadModel {
    /** Keeps an entry; saving the same entry again replaces it. */
    void save(String tenantId, String customerId, LedgerEntryView entry);

    /** The entries dated from {@code from} to {@code to}, both included, either may be null (open), in order. */
    List<LedgerEntryView> between(String tenantId, String customerId, String from, String to);

    /** The last entry dated before {@code date}. */
    Optional<LedgerEntryView> lastBefore(String tenantId, String customerId, String date);

    /** The last entry dated on or before {@code date}; the last of all when {@code date} is null. */
    Optional<LedgerEntryView> lastUpTo(String tenantId, String customerId, String date);

    void clear();
}
