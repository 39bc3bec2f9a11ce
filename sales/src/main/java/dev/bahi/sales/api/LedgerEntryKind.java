package dev.bahi.sales.api;

/**
 * Why a customer's balance moved: a debit for an opening balance, a credit sale or a refunded repayment, a credit
 * for a repayment, a return or a cancelled credit sale ({@code SALE_CANCELLED}: exactly what the sale put on the
 * khata comes off again), an adjustment either way (with its reason).
 */
public enum LedgerEntryKind { OPENING_BALANCE, CREDIT_SALE, REPAYMENT, RETURN, ADJUSTMENT, REPAYMENT_REFUNDED, SALE_CANCELLED }
