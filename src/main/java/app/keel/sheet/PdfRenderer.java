package app.keel.sheet;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Lays out a sheet's document on pages and writes the PDF, with the bundled font and nothing fetched. */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        // The renderer's own log would report every refused resource and layout detail at INFO.
        XRLog.setLoggingEnabled(false);
    }

    byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Subset = true: only the glyphs used are embedded, so the PDF stays small but prints the same anywhere.
        builder.useFont(supplier(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(supplier(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useUriResolver(ResourceGuard::resolve);
        builder.useExternalResourceAccessControl(ResourceGuard::allowed,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(ResourceGuard::allowed,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(document, "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> supplier(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/sheet/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The sheet font " + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
