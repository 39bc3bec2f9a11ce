/** Demo catalogues for the demo shops, imported through the same path as a shop's own CSV. */
package dev.bahi.inventory.adapter.in.demo;
