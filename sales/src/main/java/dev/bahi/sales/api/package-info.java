/** Published language of the sales context: counter sales with their GST computation, queries and views. */
package dev.bahi.sales.api;
