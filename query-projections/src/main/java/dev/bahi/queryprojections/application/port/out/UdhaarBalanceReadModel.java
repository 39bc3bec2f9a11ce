package dev.bahi.queryprojections.application.port.out;

import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Customer;
import dev.bahi.queryprojections.domain.UdhaarBalanceCalculator.Line;
import java.util.List;

/** Shops' customers and every line of their khatas, each kept once under its own id. */
public interface UdhaarBalanceReadModel {
    void saveCustomer(String tenantId, Customer customer);

    /** Keeps a ledger line under its entry id: the same line twice is kept once. */
    void saveLine(String tenantId, String entryId, Line line);

    List<Customer> customers(String tenantId);

    /** Every line of the shop's khatas dated up to {@code asOf} (yyyy-MM-dd). */
    List<Line> lines(String tenantId, String asOf);

    void clear();
}
