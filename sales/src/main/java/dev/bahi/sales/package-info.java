/** Sales context: counter sales, GST tax invoices and bills of supply, credit notes, udhaar. */
package dev.bahi.sales;
