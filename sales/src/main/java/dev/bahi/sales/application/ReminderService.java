package dev.bahi.sales.application;

import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.Aggregates;
import dev.bahi.sales.api.ListReminders;
import dev.bahi.sales.api.ReminderChannel;
import dev.bahi.sales.api.ReminderRequested;
import dev.bahi.sales.api.ReminderView;
import dev.bahi.sales.api.RequestReminder;
import dev.bahi.sales.application.port.in.RequestReminderUseCase;
import dev.bahi.tenant.api.BusinessProfile;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Reminders asked for at the counter. The shop's UPI id and name come from the tenant context; the khata itself
 * decides whether a reminder is due and builds the UPI link with the balance it holds. Dated with the shop's
 * business date, which is what "once a day" counts. Nothing is sent here: the {@link ReminderRequested} event is
 * what the notifications context (not built yet) will turn into a WhatsApp template or a DLT SMS.
 */
public final class ReminderService implements RequestReminderUseCase {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerQueryService customers;
    private final ShopDirectory shops;
    private final Clock clock;

    public ReminderService(CommandGateway commands, QueryGateway queries, CustomerQueryService customers,
                           ShopDirectory shops, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
        this.shops = shops;
        this.clock = clock;
    }

    @Override
    public ReminderView request(String tenantId, String customerId, ReminderInput input) {
        ReminderChannel channel = channel(input == null ? null : input.channel());
        String note = input == null ? null : input.note();
        BusinessProfile shop = shops.profile(tenantId);
        RequestReminder command = command(shop, tenantId, customerId, channel, note, false,
                ShopDirectory.businessDate(shop, clock.instant()));
        ReminderRequested requested = Aggregates.orNotFound(() -> commands.sendAndWait(command),
                () -> CustomerQueryService.customerNotFound(customerId));
        return ReminderView.of(requested);
    }

    @Override
    public List<ReminderView> reminders(String tenantId, String customerId) {
        if (customers.find(tenantId, customerId).isEmpty()) {
            throw CustomerQueryService.customerNotFound(customerId);
        }
        return queries.query(new ListReminders(tenantId, customerId), ResponseTypes.multipleInstancesOf(ReminderView.class))
                .join();
    }

    /** A reminder request for a customer of {@code shop}: with its UPI id when it has one. */
    static RequestReminder command(BusinessProfile shop, String tenantId, String customerId, ReminderChannel channel,
                                   String note, boolean automatic, String businessDate) {
        String vpa = shop.upiId() == null || shop.upiId().isBlank() ? null : shop.upiId().trim();
        return new RequestReminder(customerId, tenantId, Ids.newId(), channel, note, vpa, shop.name(), automatic,
                businessDate);
    }

    /** WHATSAPP when none is given. */
    static ReminderChannel channel(String raw) {
        if (raw == null || raw.isBlank()) {
            return ReminderChannel.WHATSAPP;
        }
        try {
            return ReminderChannel.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("CHANNEL_UNKNOWN", "channel", "'" + raw + "' is not a channel (WHATSAPP or SMS)");
        }
    }
}
