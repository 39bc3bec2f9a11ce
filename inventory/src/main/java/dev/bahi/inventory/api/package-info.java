/** Published language of the inventory context: commands, events, queries and views of the catalogue and stock. */
package dev.bahi.inventory.api;
