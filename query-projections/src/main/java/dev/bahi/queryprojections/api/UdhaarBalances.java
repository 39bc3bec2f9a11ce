package dev.bahi.queryprojections.api;

import java.util.List;

/**
 * The shop's khatas at the end of {@code asOf}, oldest unpaid first: each customer's balance (paise; negative is an
 * advance) and the unpaid part of it by age, payments and other credits having settled the oldest bills first.
 * {@code totals} adds them up; {@code advances} is the sum of the negative balances, kept apart from what is owed.
 */
public record UdhaarBalances(String tenantId, String asOf, List<Row> customers, Totals totals) {
    public UdhaarBalances {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }

    /** One khata; {@code oldestUnpaid} is the date of the oldest bill still open (null when nothing is). */
    public record Row(String customerId, String name, String phone, long balance, long upTo30, long upTo60,
                      long upTo90, long over90, String oldestUnpaid, Integer oldestUnpaidDays) {
    }

    /** What all khatas owe, by age, and the advances held. */
    public record Totals(int customers, int owing, long owed, long upTo30, long upTo60, long upTo90, long over90,
                         long advances) {
    }
}
