package dev.bahi.queryprojections.application.port.out;

import dev.bahi.queryprojections.domain.GstDocumentFact;
import dev.bahi.queryprojections.domain.GstNumberFact;
import dev.bahi.queryprojections.domain.GstSaleFact;
import dev.bahi.queryprojections.domain.GstShopFact;
import dev.bahi.queryprojections.domain.SalesRegisterPage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The GST register: each shop's profile, its sales (until invoiced), its issued documents (invoices, bills of supply,
 * credit notes), cancellations and document numbers, each stored under its own id within its shop, so saving one
 * again replaces it.
 */
public interface GstRegisterReadModel {
    void saveShop(GstShopFact shop);

    Optional<GstShopFact> shop(String tenantId);

    void saveSale(GstSaleFact sale);

    Optional<GstSaleFact> sale(String tenantId, String saleId);

    void saveDocument(GstDocumentFact document);

    void saveCancellation(String tenantId, String saleId);

    void saveNumber(GstNumberFact number);

    /** The shop's documents dated {@code from} to {@code to} (inclusive) in register order, cancellations joined in. */
    List<GstDocumentFact> documents(String tenantId, LocalDate from, LocalDate to);

    /** One page of the same, after {@code cursor} (opaque, from an earlier page). */
    SalesRegisterPage page(String tenantId, LocalDate from, LocalDate to, int limit, String cursor);

    void clear();
}
