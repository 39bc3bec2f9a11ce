/** Timers of the notifications context: the dispatcher's rounds and the daily summaries. */
package dev.bahi.notifications.adapter.in.schedule;
