/** What the query-projections context offers its inbound adapters. */
package dev.bahi.queryprojections.application.port.in;
