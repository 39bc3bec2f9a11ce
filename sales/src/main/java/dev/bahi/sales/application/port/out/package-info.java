/** What the sales context needs from storage and rendering. */
package dev.bahi.sales.application.port.out;
