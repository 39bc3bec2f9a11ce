/** Spring wiring of the notifications context. */
package dev.bahi.notifications.config;
