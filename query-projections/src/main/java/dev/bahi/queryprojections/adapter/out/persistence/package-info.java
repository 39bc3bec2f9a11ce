/** MongoDB implementations of the query-projections context's outbound ports (database bahi_query_projections). */
package dev.bahi.queryprojections.adapter.out.persistence;
