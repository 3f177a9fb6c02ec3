package app.keel.sheet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** A QR code as an inline PNG (a {@code data:} URI), so rendering never has to fetch an image. */
final class QrCode {

    static final String DATA_URI_PREFIX = "data:image/png;base64,";
    // Several pixels per module: printers and viewers then keep the edges sharp when the image is scaled.
    private static final int PIXELS_PER_MODULE = 8;
    // Every sheet of an installation carries the same address, so its image is made once.
    private static final Map<String, String> MADE = new ConcurrentHashMap<>();

    private QrCode() {
    }

    static String dataUri(String text) {
        return MADE.size() < 8 ? MADE.computeIfAbsent(text, QrCode::encode) : encode(text);
    }

    private static String encode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int size = matrix.getWidth() * PIXELS_PER_MODULE;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return DATA_URI_PREFIX + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this address as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
