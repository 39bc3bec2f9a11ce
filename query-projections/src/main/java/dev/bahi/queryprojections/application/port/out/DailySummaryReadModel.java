package dev.bahi.queryprojections.application.port.out;

import dev.bahi.queryprojections.domain.CreditFact;
import dev.bahi.queryprojections.domain.LowStockFact;
import dev.bahi.queryprojections.domain.MoneyFact;
import dev.bahi.queryprojections.domain.PaymentFact;
import dev.bahi.queryprojections.domain.ReturnFact;
import dev.bahi.queryprojections.domain.SaleFact;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The daily summary's facts, each stored under its own id within its shop (saving one again replaces it), and
 * each shop's time zone, to date the events that carry only an instant.
 */
public interface DailySummaryReadModel {
    void saveShopZone(String tenantId, String zoneId);

    Optional<String> shopZone(String tenantId);

    void save(SaleFact sale);

    void saveCancellation(String tenantId, String saleId);

    void save(ReturnFact creditNote);

    void save(PaymentFact payment);

    Optional<PaymentFact> payment(String tenantId, String paymentId);

    void save(MoneyFact money);

    void save(CreditFact entry);

    /** Keyed by shop, item and business date: one per item and day. */
    void save(LowStockFact lowStock);

    Optional<LowStockFact> lowStock(String tenantId, String itemId, String businessDate);

    /** The shop's facts of each kind dated from {@code from} to {@code to} (inclusive). */
    List<SaleFact> sales(String tenantId, LocalDate from, LocalDate to);

    List<ReturnFact> returns(String tenantId, LocalDate from, LocalDate to);

    List<MoneyFact> money(String tenantId, LocalDate from, LocalDate to);

    List<CreditFact> credit(String tenantId, LocalDate from, LocalDate to);

    List<LowStockFact> lowStock(String tenantId, LocalDate from, LocalDate to);

    /** Which of the shop's sales {@code saleIds} were cancelled. */
    Set<String> cancelledAmong(String tenantId, Collection<String> saleIds);

    void clear();
}
