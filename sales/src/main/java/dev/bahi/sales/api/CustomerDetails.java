package dev.bahi.sales.api;

/**
 * A customer of the shop as its khata knows them: {@code phone} E.164 (unique within the shop), optional GSTIN,
 * state code and address, {@code creditLimit} in paise (null: no limit), and whether they opted out of reminders.
 */
public record CustomerDetails(String name, String phone, String gstin, String stateCode, String address,
                              Long creditLimit, boolean remindersOptOut) {
}
