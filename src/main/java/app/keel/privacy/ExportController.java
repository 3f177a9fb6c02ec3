package app.keel.privacy;

import app.keel.base.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stable addresses for data exports, so the browser saves them as files. Sign-in is required by the security
 * configuration; who may export which client is the service's call (as for program sheets).
 */
@RestController
class ExportController {

    static final String NOT_FOUND = "This client does not exist or you do not have access to their data.";

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/export/me.json")
    ResponseEntity<byte[]> myJson() {
        return file(exports.myJson());
    }

    @GetMapping("/export/me.zip")
    ResponseEntity<byte[]> myZip() {
        return file(exports.myZip());
    }

    @GetMapping("/export/clients/{clientId:\\d{1,18}}.json")
    ResponseEntity<byte[]> clientJson(@PathVariable long clientId) {
        return file(exports.clientJson(clientId));
    }

    @GetMapping("/export/clients/{clientId:\\d{1,18}}.zip")
    ResponseEntity<byte[]> clientZip(@PathVariable long clientId) {
        return file(exports.clientZip(clientId));
    }

    /** Streamed: a studio's logs can be large. The service checks the role before the first byte goes out. */
    @GetMapping("/export/studio.zip")
    void studioZip(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("keel-studio-export.zip").build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        exports.writeStudioZip(new LazyOutput(response));
    }

    /** Opens the response only at the first byte, so a refusal before it can still answer with the 404 page. */
    private static final class LazyOutput extends OutputStream {

        private final HttpServletResponse response;
        private OutputStream out;

        LazyOutput(HttpServletResponse response) {
            this.response = response;
        }

        @Override
        public void write(int b) throws IOException {
            open().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            open().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        private OutputStream open() throws IOException {
            if (out == null) {
                out = response.getOutputStream();
            }
            return out;
        }
    }

    private static ResponseEntity<byte[]> file(Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.bytes());
    }

    /** Another studio's client, one outside the caseload and a missing one all get exactly this answer. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(NOT_FOUND);
    }
}
