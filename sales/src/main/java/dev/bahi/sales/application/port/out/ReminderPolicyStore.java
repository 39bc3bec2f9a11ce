package dev.bahi.sales.application.port.out;

import dev.bahi.sales.api.ReminderPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Each shop's automatic reminder policy, kept in step with its policy events, and the business date the scheduled
 * scan last finished for the shop. Saving a policy forgets that date, so a change made after today's scan is
 * applied today.
 */
public interface ReminderPolicyStore {
    void save(ReminderPolicy policy);

    Optional<ReminderPolicy> find(String tenantId);

    /**
     * Every shop whose policy is on. The one lookup across shops: the scan runs for no shop in particular, and
     * each policy it answers names its own shop.
     */
    List<ReminderPolicy> enabled();

    /** The business date the scan last finished for the shop. */
    Optional<LocalDate> scannedOn(String tenantId);

    void markScanned(String tenantId, LocalDate businessDate);

    void clear();
}
