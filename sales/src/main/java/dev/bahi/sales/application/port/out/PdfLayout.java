package dev.bahi.sales.application.port.out;

/** Paper an invoice is laid out for: A4 for files and e-mail, an 80 mm roll for the counter's thermal printer. */
public enum PdfLayout {
    A4, THERMAL
}
