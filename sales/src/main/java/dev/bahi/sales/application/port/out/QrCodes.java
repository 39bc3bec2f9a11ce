package dev.bahi.sales.application.port.out;

/** Draws a QR code of some text as a PNG image. */
public interface QrCodes {
    byte[] png(String text, int sizePixels);
}
