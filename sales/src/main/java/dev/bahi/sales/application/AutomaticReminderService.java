package dev.bahi.sales.application;

import dev.bahi.platform.kernel.KhataAgeing;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.api.ListCustomers;
import dev.bahi.sales.api.ReminderChannel;
import dev.bahi.sales.api.ReminderPolicy;
import dev.bahi.sales.api.ReminderRequested;
import dev.bahi.sales.api.ReminderView;
import dev.bahi.sales.application.port.in.RemindDueCustomersUseCase;
import dev.bahi.sales.application.port.out.CustomerReadModel;
import dev.bahi.sales.application.port.out.LedgerReadModel;
import dev.bahi.sales.application.port.out.ReminderPolicyStore;
import dev.bahi.sales.application.port.out.ReminderReadModel;
import dev.bahi.sales.domain.ReminderSchedule;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic udhaar reminders. Each shop with its policy on is scanned once per business date, after its reminder
 * time: every customer who owes something, has not opted out and whom {@link ReminderSchedule} finds due (oldest
 * unpaid bill old enough, FIFO; not reminded within the cadence) gets a reminder requested on their khata. The
 * read models may lag; the khata's own rules (something due, not opted out, once per business date) are the last
 * word, so a scan repeated by another instance, or after a crash half-way, reminds nobody twice. A shop's scan is
 * marked done only when every customer was handled, so one that failed is tried again at the next run.
 * Requested, not sent: the notifications context will send them.
 */
public final class AutomaticReminderService implements RemindDueCustomersUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticReminderService.class);
    static final int PAGE = 200;

    private final ReminderPolicyStore policies;
    private final CustomerReadModel customers;
    private final LedgerReadModel ledger;
    private final ReminderReadModel reminders;
    private final ShopDirectory shops;
    private final CommandGateway commands;

    public AutomaticReminderService(ReminderPolicyStore policies, CustomerReadModel customers, LedgerReadModel ledger,
                                    ReminderReadModel reminders, ShopDirectory shops, CommandGateway commands) {
        this.policies = policies;
        this.customers = customers;
        this.ledger = ledger;
        this.reminders = reminders;
        this.shops = shops;
        this.commands = commands;
    }

    @Override
    public List<ReminderView> remindDue(Instant now) {
        List<ReminderView> requested = new ArrayList<>();
        for (ReminderPolicy policy : policies.enabled()) {
            try {
                requested.addAll(scan(policy, now));
            } catch (RuntimeException e) {
                LOG.warn("automatic reminders of shop {} failed; tried again at the next run", policy.tenantId(), e);
            }
        }
        return requested;
    }

    private List<ReminderView> scan(ReminderPolicy policy, Instant now) {
        String tenantId = policy.tenantId();
        TenantView shop;
        try {
            shop = shops.shop(tenantId);
        } catch (NotFound e) {
            return List.of();
        }
        if (shop.status() != TenantStatus.ACTIVE) {
            return List.of();
        }
        ZonedDateTime local = now.atZone(shop.profile().zone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(LocalTime.parse(policy.localTime()))
                || policies.scannedOn(tenantId).filter(today::equals).isPresent()) {
            return List.of();
        }
        ReminderSchedule schedule = new ReminderSchedule(policy.everyDays(), policy.minBalanceAgeDays());
        List<ReminderView> requested = new ArrayList<>();
        boolean complete = true;
        String cursor = null;
        do {
            CustomerPage page = customers.list(new ListCustomers(tenantId, null, PAGE, cursor));
            for (CustomerView customer : page.customers()) {
                try {
                    remind(shop, customer, schedule, today).ifPresent(requested::add);
                } catch (RuntimeException e) {
                    complete = false;
                    LOG.warn("automatic reminder of customer {} of shop {} failed", customer.customerId(), tenantId, e);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        if (complete) {
            policies.markScanned(tenantId, today);
        }
        return requested;
    }

    private Optional<ReminderView> remind(TenantView shop, CustomerView customer, ReminderSchedule schedule,
                                          LocalDate today) {
        if (customer.balance() <= 0 || customer.details().remindersOptOut()) {
            return Optional.empty();
        }
        LocalDate last = reminders.lastRemindedOn(shop.tenantId(), customer.customerId()).map(LocalDate::parse)
                .orElse(null);
        List<KhataAgeing.Movement> movements = ledger.between(shop.tenantId(), customer.customerId(), null, null)
                .stream().map(AutomaticReminderService::movement).toList();
        if (!schedule.isDue(movements, last, today)) {
            return Optional.empty();
        }
        try {
            ReminderRequested event = commands.sendAndWait(ReminderService.command(shop.profile(), shop.tenantId(),
                    customer.customerId(), ReminderChannel.WHATSAPP, null, true, today.toString()));
            return Optional.of(ReminderView.of(event));
        } catch (StateConflict refused) {
            // the khata knows better than a lagging read model: paid meanwhile, opted out, or reminded today
            return Optional.empty();
        }
    }

    static KhataAgeing.Movement movement(LedgerEntryView entry) {
        return new KhataAgeing.Movement(LocalDate.parse(entry.date()), entry.debit(), entry.credit(),
                entry.saleId(), entry.kind() == LedgerEntryKind.SALE_CANCELLED);
    }
}
