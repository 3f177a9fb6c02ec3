package app.keel.sheet;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** Lays out a sheet's document on pages and writes the PDF, with the bundled font and nothing fetched. */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    // Font metrics parsed once per JVM, not per sheet: the bundled fonts never change while the app runs.
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new MapCache();

    static {
        // The renderer's own log would report every refused resource and layout detail at INFO.
        XRLog.setLoggingEnabled(false);
    }

    byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS);
        // Subset = true: only the glyphs used are embedded, so the PDF stays small but prints the same anywhere.
        builder.useFont(supplier("regular", REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(supplier("bold", BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
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

    private static FSSupplier<InputStream> supplier(String key, byte[] bytes) {
        return new FSSupplier<>() {
            @Override
            public InputStream supply() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String cacheKey() {
                return "keel-sheet-font-" + key;
            }
        };
    }

    private static final class MapCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
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
