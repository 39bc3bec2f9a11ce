/** The notification aggregate and the rules of sending: one message, its attempts, retries and statuses. */
package dev.bahi.notifications.domain;
