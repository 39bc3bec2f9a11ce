/** What the inventory context offers its adapters. */
package dev.bahi.inventory.application.port.in;
