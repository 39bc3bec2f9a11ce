/** The sales domain: sales and the GST rules that price them. */
package dev.bahi.sales.domain;
