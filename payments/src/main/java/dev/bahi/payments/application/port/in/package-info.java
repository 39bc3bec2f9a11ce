/** What the payments context offers its inbound adapters. */
package dev.bahi.payments.application.port.in;
