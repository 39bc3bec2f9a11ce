/** Spring wiring of the inventory context. */
package dev.bahi.inventory.config;
