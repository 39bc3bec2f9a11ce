/** What the payments context needs from its outbound adapters. */
package dev.bahi.payments.application.port.out;
