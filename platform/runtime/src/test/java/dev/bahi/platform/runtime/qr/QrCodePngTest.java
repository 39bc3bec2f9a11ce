package dev.bahi.platform.runtime.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every UPI link drawn as a QR code reads back exactly, at the size and quiet zones the contexts use. Read as a pure
 * barcode (the image is the code and its quiet zone): ZXing's finder-pattern detector, meant for camera pictures,
 * misses about 1 in 400 of its own flawless codes (zxing/zxing#1976).
 */
class QrCodePngTest {

    @Test
    void many_upi_links_read_back_exactly() throws IOException {
        Random random = new Random(7);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String link = "upi://pay?pa=shop" + random.nextInt(100_000) + "@okaxis&pn=Sharma%20Kirana&am="
                    + random.nextInt(100_000) + "." + String.format("%02d", random.nextInt(100))
                    + "&cu=INR&tr=" + new java.util.UUID(random.nextLong(), random.nextLong()) + "&tn=Khata";
            for (int margin : new int[] {1, 2}) {
                byte[] png = QrCodePng.of(link, 360, margin);
                if (!link.equals(decode(png))) {
                    unread.add(link + " (margin " + margin + ")");
                }
            }
        }
        assertThat(unread).isEmpty();
    }

    static String decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
