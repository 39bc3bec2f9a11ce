/** What the inventory context needs from storage. */
package dev.bahi.inventory.application.port.out;
