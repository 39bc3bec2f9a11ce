/** REST endpoints of the inventory context: items, stock movements, valuation and settings. */
package dev.bahi.inventory.adapter.in.web;
