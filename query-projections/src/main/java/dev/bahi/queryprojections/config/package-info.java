/** Spring wiring of the query-projections context. */
package dev.bahi.queryprojections.config;
