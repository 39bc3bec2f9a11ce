/** Inventory context: catalogue, event-sourced stock and low-stock alerts. */
package dev.bahi.inventory;
