/** REST adapter of the query-projections context: /api/v1/reports, money as rupee strings. */
package dev.bahi.queryprojections.adapter.in.web;
