/** Payments context: UPI, cash and card payments and their life cycle. */
package dev.bahi.payments;
