package dev.bahi.sales.application.port.out;

/** Lays out a customer's khata statement as an A4 PDF. */
public interface StatementPdfRenderer {
    byte[] render(StatementDocument document);
}
