/** A day of demo sales for the demo shops, rung up through the same use cases as the counter's. */
package dev.bahi.sales.adapter.in.demo;
