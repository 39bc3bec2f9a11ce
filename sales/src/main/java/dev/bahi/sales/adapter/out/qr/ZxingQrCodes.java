package dev.bahi.sales.adapter.out.qr;

import dev.bahi.platform.runtime.qr.QrCodePng;
import dev.bahi.sales.application.port.out.QrCodes;

/** QR codes on printed documents, drawn by the runtime's ZXing drawing with a one-module quiet zone (paper). */
public final class ZxingQrCodes implements QrCodes {

    @Override
    public byte[] png(String text, int sizePixels) {
        return QrCodePng.of(text, sizePixels, 1);
    }
}
