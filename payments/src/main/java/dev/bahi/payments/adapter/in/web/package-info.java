/** REST adapter of the payments context: /api/v1/payments, money as rupee strings. */
package dev.bahi.payments.adapter.in.web;
