/** Use cases of the payments context, the handler that applies payments to sales and khatas, projections and queries. */
package dev.bahi.payments.application;
