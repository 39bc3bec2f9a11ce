/** Cross-context read models: daily summaries, udhaar balances, GST reports, audit history. */
package dev.bahi.queryprojections;
