/** MongoDB implementations of the payments context's outbound ports (database bahi_payments). */
package dev.bahi.payments.adapter.out.persistence;
