/** Projections and query handlers of the query-projections context, written against its ports. */
package dev.bahi.queryprojections.application;
