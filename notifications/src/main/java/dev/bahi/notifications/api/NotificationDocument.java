package dev.bahi.notifications.api;


/** A PDF that goes with a message: the sale it belongs to, its file name and a signed link to it. */
public record NotificationDocument(String saleId, String fileName, String link) {
}
