/** The payments domain: the event-sourced payment with its status life cycle and refunds, and its input rules. */
package dev.bahi.payments.domain;
