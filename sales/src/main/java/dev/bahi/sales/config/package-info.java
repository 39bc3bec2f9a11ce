/** Spring wiring of the sales context. */
package dev.bahi.sales.config;
