/** Timed triggers of the sales context (the automatic udhaar reminder scan). */
package dev.bahi.sales.adapter.in.schedule;
