/** Notifications context: WhatsApp, SMS and e-mail messages to shops and their customers. */
package dev.bahi.notifications;
