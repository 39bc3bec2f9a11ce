/** MongoDB implementations of the inventory context's storage ports (database {@code bahi_inventory}). */
package dev.bahi.inventory.adapter.out.persistence;
