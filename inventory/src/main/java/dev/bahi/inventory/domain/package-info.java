/** The inventory domain: items with their event-sourced stock, and the rules for catalogue details and quantities. */
package dev.bahi.inventory.domain;
