package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.queryprojections.api.UdhaarBalances;
import java.util.List;

/** The udhaar balances report with money as rupees: what each khata owes at the end of asOf, by age. */
public record UdhaarBalancesResponse(String asOf, List<Customer> customers, Totals totals) {
    /** One khata: balance (negative: an advance) and its unpaid part by days since the bill. */
    public record Customer(String customerId, String name, String phone, String balance, String days0To30,
                           String days31To60, String days61To90, String over90Days, String oldestUnpaid,
                           Integer oldestUnpaidDays) {
    }

    /** All khatas: how many, how many owe, what they owe by age, and the advances held. */
    public record Totals(int customers, int owing, String owed, String days0To30, String days31To60,
                         String days61To90, String over90Days, String advances) {
    }

    static UdhaarBalancesResponse of(UdhaarBalances b) {
        UdhaarBalances.Totals t = b.totals();
        return new UdhaarBalancesResponse(b.asOf(), b.customers().stream().map(r -> new Customer(r.customerId(),
                r.name(), r.phone(), Money.format(r.balance()), Money.format(r.upTo30()), Money.format(r.upTo60()),
                Money.format(r.upTo90()), Money.format(r.over90()), r.oldestUnpaid(), r.oldestUnpaidDays())).toList(),
                new Totals(t.customers(), t.owing(), Money.format(t.owed()), Money.format(t.upTo30()),
                        Money.format(t.upTo60()), Money.format(t.upTo90()), Money.format(t.over90()),
                        Money.format(t.advances())));
    }
}
