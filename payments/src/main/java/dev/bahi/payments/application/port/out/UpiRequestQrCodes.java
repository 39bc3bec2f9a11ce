package dev.bahi.payments.application.port.out;

/** Draws the QR code of a UPI request's link. */
public interface UpiRequestQrCodes {
    /** A square PNG of about {@code sizePixels} encoding exactly {@code text}. */
    byte[] png(String text, int sizePixels);
}
