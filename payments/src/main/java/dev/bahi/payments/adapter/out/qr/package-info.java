/** QR codes of UPI payment links. */
package dev.bahi.payments.adapter.out.qr;
