/** QR codes (UPI payment links on invoices) drawn with ZXing. */
package dev.bahi.sales.adapter.out.qr;
