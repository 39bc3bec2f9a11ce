/** REST routes for the caller's shop and for the platform admin's view of every shop. */
package dev.bahi.tenant.adapter.in.web;
