/** Email channel: plain-text mail with an optional PDF attachment over SMTP. */
package dev.bahi.notifications.adapter.out.smtp;
