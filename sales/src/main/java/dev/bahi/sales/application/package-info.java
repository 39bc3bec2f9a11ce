/** Use cases of the sales context, its projections and query handlers, written against ports. */
package dev.bahi.sales.application;
