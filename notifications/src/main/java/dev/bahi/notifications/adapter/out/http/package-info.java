/** The HTTP and JSON plumbing the WhatsApp and SMS senders share. */
package dev.bahi.notifications.adapter.out.http;
