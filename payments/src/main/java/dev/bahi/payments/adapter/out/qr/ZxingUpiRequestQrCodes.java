package dev.bahi.payments.adapter.out.qr;

import dev.bahi.payments.application.port.out.UpiRequestQrCodes;
import dev.bahi.platform.runtime.qr.QrCodePng;

/** QR codes of UPI links, drawn by the runtime's ZXing drawing with a two-module quiet zone for phone screens. */
public final class ZxingUpiRequestQrCodes implements UpiRequestQrCodes {

    @Override
    public byte[] png(String text, int sizePixels) {
        return QrCodePng.of(text, sizePixels, 2);
    }
}
