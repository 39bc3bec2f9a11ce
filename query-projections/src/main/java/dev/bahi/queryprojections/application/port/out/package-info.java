/** What the query-projections context needs from its outbound adapters. */
package dev.bahi.queryprojections.application.port.out;
