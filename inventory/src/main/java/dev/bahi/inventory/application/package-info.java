/** Use cases of the inventory context, its projections and query handlers, written against ports. */
package dev.bahi.inventory.application;
