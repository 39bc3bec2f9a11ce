/** What the sales context offers its adapters. */
package dev.bahi.sales.application.port.in;
