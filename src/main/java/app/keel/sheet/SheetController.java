package app.keel.sheet;

import app.keel.base.NotFoundException;
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

/**
 * A stable address per sheet, so a browser can open, save and print it. Sign-in is required by the security
 * configuration (anonymous visitors are sent to the sign-in page); who may see which program is the service's call.
 */
@RestController
class SheetController {

    static final String NOT_FOUND = "This sheet does not exist or you do not have access to it.";

    private final SheetService sheets;

    SheetController(SheetService sheets) {
        this.sheets = sheets;
    }

    @GetMapping("/sheets/programs/{programId:\\d{1,18}}.pdf")
    ResponseEntity<byte[]> program(@PathVariable long programId) {
        Sheet sheet = sheets.programSheet(programId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(sheet.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(sheet.pdf());
    }

    /** Another studio's program, one outside the caseload and a missing one all get exactly this answer. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(NOT_FOUND);
    }
}
