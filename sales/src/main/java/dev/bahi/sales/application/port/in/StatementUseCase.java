package dev.bahi.sales.application.port.in;

/** A customer's khata statement, printed. */
public interface StatementUseCase {
    /**
     * The statement PDF of the khata between two business dates (yyyy-MM-dd, inclusive, either may be null), with
     * the same figures as {@link FindCustomersUseCase#ledger}; drawn afresh every time, as the khata moves on.
     * CUSTOMER_NOT_FOUND for a customer not of this shop; DATE_INVALID or DATE_RANGE_INVALID for bad dates.
     */
    byte[] statementPdf(String tenantId, String customerId, String from, String to);
}
