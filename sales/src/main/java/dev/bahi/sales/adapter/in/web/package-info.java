/** REST endpoints of the sales context. */
package dev.bahi.sales.adapter.in.web;
