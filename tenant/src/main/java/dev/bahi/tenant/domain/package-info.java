/** The tenant aggregate and the rules of a shop's business profile; plain Java and Axon modelling only. */
package dev.bahi.tenant.domain;
