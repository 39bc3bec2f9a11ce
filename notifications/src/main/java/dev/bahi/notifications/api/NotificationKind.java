package dev.bahi.notifications.api;

/**
 * What a message is about. Each kind has its own template (per language) and its own variables, listed in
 * {@code docs} and the README; WhatsApp templates receive the variables as body parameters in that order.
 */
public enum NotificationKind { INVOICE, RECEIPT, UDHAAR_REMINDER, PAYMENT_RECEIPT, LOW_STOCK, DAILY_SUMMARY }
