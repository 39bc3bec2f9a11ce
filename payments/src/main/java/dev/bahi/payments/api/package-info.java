/** Published language of the payments context: commands, events, queries and views of the money that comes in. */
package dev.bahi.payments.api;
