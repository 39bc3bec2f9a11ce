/** SMS channel: DLT-registered SMS through a provider's HTTP API. */
package dev.bahi.notifications.adapter.out.sms;
