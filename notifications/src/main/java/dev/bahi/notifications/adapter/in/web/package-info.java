/** REST adapter of the notifications context: sharing sales, messages, settings, templates, consents, webhooks. */
package dev.bahi.notifications.adapter.in.web;
