package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a reminder of what the customer owes. {@code payeeVpa} and {@code payeeName} are the shop's UPI id and
 * name (null VPA: the shop takes no UPI, so the reminder carries no link); the account builds the link itself so
 * that its amount is exactly the balance it reminds of. {@code requestedOn} is the shop's business date
 * (yyyy-MM-dd); {@code automatic} is true when the shop's reminder policy, not a person, asked. Answers the
 * {@link ReminderRequested} event.
 */
public record RequestReminder(@TargetAggregateIdentifier String customerId, String tenantId, String reminderId,
                              ReminderChannel channel, String note, String payeeVpa, String payeeName,
                              boolean automatic, String requestedOn) implements TenantScoped {
}
