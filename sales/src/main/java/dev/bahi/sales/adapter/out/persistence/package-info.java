/** MongoDB implementations of the sales context's storage ports (database {@code bahi_sales}). */
package dev.bahi.sales.adapter.out.persistence;
