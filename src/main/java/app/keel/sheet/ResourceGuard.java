package app.keel.sheet;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

/**
 * What the renderer may load while it lays out a sheet: nothing from outside. Fonts are handed to it directly from
 * the jar and the QR code is inline; every URI (file:, http(s):, jar:, ftp:, relative paths...) is refused, so a
 * sheet can never read a server file or call a network address, whatever ended up in the document.
 */
final class ResourceGuard {

    private ResourceGuard() {
    }

    /** Used both as the URI resolver (null = not loaded) and, through {@link #allowed}, as access control. */
    static String resolve(String baseUri, String uri) {
        return isInlineImage(uri) ? uri : null;
    }

    static boolean allowed(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && isInlineImage(uri);
    }

    private static boolean isInlineImage(String uri) {
        return uri != null && uri.startsWith(QrCode.DATA_URI_PREFIX);
    }
}
