/** Published language of the query-projections context: queries and the reports they answer. */
package dev.bahi.queryprojections.api;
