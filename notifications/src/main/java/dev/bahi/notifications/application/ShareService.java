package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationView;
import dev.bahi.notifications.domain.TemplateCatalogue;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.sales.api.FindSale;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SaleView;
import dev.bahi.tenant.api.BusinessProfile;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Shares a sale with its buyer: the invoice PDF once issued, a receipt before that. */
public final class ShareService {
    private final Notifier notifier;
    private final SaleMessages sales;
    private final Shops shops;
    private final QueryGateway queries;
    private final NotificationQueryService notifications;

    public ShareService(Notifier notifier, SaleMessages sales, Shops shops, QueryGateway queries,
                        NotificationQueryService notifications) {
        this.notifier = notifier;
        this.sales = sales;
        this.shops = shops;
        this.queries = queries;
        this.notifications = notifications;
    }

    /**
     * Sends the sale by {@code channel} (the shop's choice for invoices when null) to {@code to} (the buyer's phone
     * when null) in {@code language} (the recipient's or the shop's when null); answers the message.
     */
    public NotificationView share(String tenantId, String saleId, Channel channel, String to, String language,
                                  String userId) {
        if (language != null && !TemplateCatalogue.supported(language)) {
            throw new RuleViolation("LANGUAGE_UNSUPPORTED", "language", "languages are " + TemplateCatalogue.LANGUAGES);
        }
        SaleView sale = ReadYourWrites.await(() -> queries.query(new FindSale(tenantId, saleId),
                        ResponseTypes.optionalInstanceOf(SaleView.class)).join(), ReadYourWrites.DEFAULT_WAIT)
                .orElseThrow(() -> new NotFound("SALE_NOT_FOUND", "no sale " + saleId + " in your shop"));
        if (sale.status() == SaleStatus.CANCELLED) {
            throw new StateConflict("SALE_CANCELLED", "a cancelled sale is not shared");
        }
        Channel chosen = channel != null ? channel
                : notifier.settingsOf(tenantId).preferences().channels().get(NotificationKind.INVOICE);
        String recipient = to != null && !to.isBlank() ? to : sales.recipientOf(sale, chosen)
                .orElseThrow(() -> new RuleViolation("RECIPIENT_REQUIRED", "to", "the sale has no "
                        + (chosen == Channel.EMAIL ? "e-mail address" : "phone number") + "; say whom to send it to"));
        String address = Notifier.address(chosen, recipient);
        BusinessProfile shop = shops.profile(tenantId);
        SaleMessages.Draft draft = sales.draft(sale, shop);
        String id = Ids.newId();
        notifier.request(new Notifier.Order(id, tenantId, draft.kind(), chosen, address, draft.customerName(),
                language, draft.values(), draft.document(), "share:" + saleId, false, true, userId, shop.zone()));
        return notifications.find(tenantId, id);
    }
}
