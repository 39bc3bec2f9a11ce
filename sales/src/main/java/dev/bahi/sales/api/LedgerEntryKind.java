package dev.bahi.sales.api;

/**
 * Why a customer's balance moved: a debit for an opening balance, a credit sale or a refunded repayment, a credit
 * for a repayment or a return, an adjustment either way (with its reason).
 */
public enum LedgerEntryKind { OPENING_BALANCE, CREDIT_SALE, REPAYMENT, RETURN, ADJUSTMENT, REPAYMENT_REFUNDED }
