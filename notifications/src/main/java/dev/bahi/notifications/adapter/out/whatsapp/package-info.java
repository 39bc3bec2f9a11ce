/** WhatsApp channel: template messages through Meta's WhatsApp Business Cloud API. */
package dev.bahi.notifications.adapter.out.whatsapp;
