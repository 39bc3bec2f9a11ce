/** MongoDB read models of the notifications context: messages, the outbox, provider ids, settings and consents. */
package dev.bahi.notifications.adapter.out.persistence;
