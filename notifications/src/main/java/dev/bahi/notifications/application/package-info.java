/**
 * Notification use cases: triggers that turn other contexts' events into messages, the dispatcher that sends what
 * is due, the projections of messages, settings and consents, and the services behind the REST adapter.
 */
package dev.bahi.notifications.application;
