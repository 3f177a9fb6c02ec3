package app.keel.sheet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** User text is printed as text, and rendering never reaches a file or a network address. */
class SheetSafetyTest {

    private static final String[] HOSTILE = {
            "<img src=\"file:///etc/passwd\">",
            "<a href=\"http://127.0.0.1:9/steal\">click</a>",
            "&amp; &lt;b&gt; &#x41; &nbsp;",
            "${T(java.lang.Runtime).getRuntime()} [[${secret}]] {{7*7}} <!-- -->",
            "</td></tr></table><h1>Injected</h1>"
    };

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void markup_entities_and_template_syntax_in_user_text_are_printed_literally() throws Exception {
        String cues = String.join(" ", HOSTILE);
        SheetContent content = SheetSamples.content(4, 2, "Ruth & \"Ellie\" O'Neil ${name}", HOSTILE[0] + " goal",
                "Hinge ${x} &amp;", cues);
        byte[] pdf = renderer.render(SheetDocument.build(content));
        String text = PdfText.text(pdf);
        assertThat(text).contains("Ruth & \"Ellie\" O'Neil ${name}", "Hinge ${x} &amp; 1",
                "Goal: <img src=\"file:///etc/passwd\"> goal");
        String unwrapped = text.replace(" ", ""); // a long cue may wrap at any character
        for (String hostile : HOSTILE) {
            assertThat(unwrapped).contains(hostile.replace(" ", ""));
        }
        assertThat(imageCount(pdf)).as("only the QR code is an image").isEqualTo(1);
    }

    @Test
    void a_document_that_asks_for_files_and_network_addresses_gets_none_of_them(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("secret.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicInteger connections = listen(server);
            String http = "http://127.0.0.1:" + server.getLocalPort();
            Dom dom = new Dom();
            Element style = dom.el("style", null, "@import url(" + http + "/a.css); "
                    + "@font-face { font-family: x; src: url(" + http + "/f.ttf); } "
                    + "body { font-family: x; background-image: url(" + http + "/bg.png); }");
            Element link = Dom.attr(Dom.attr(dom.el("link", null), "rel", "stylesheet"), "href", http + "/s.css");
            Element body = dom.el("body", null, "Some text",
                    Dom.attr(dom.el("img", null), "src", png.toUri().toString()),
                    Dom.attr(dom.el("img", null), "src", http + "/i.png"),
                    Dom.attr(dom.el("img", null), "src", "jar:" + png.toUri() + "!/x.png"),
                    Dom.attr(dom.el("div", null, "Styled"), "style", "background: url(" + http + "/div.png)"));
            dom.document().appendChild(dom.el("html", null, dom.el("head", null, style, link), body));

            byte[] pdf = renderer.render(dom.document());

            assertThat(PdfText.text(pdf)).contains("Some text", "Styled");
            assertThat(imageCount(pdf)).isZero();
            server.close();
            assertThat(connections.get()).as("connections to the local server").isZero();
        }
    }

    @Test
    void only_inline_png_images_pass_the_guard() {
        assertThat(ResourceGuard.resolve("about:blank", QrCode.dataUri("x"))).startsWith("data:image/png;base64,");
        for (String uri : new String[]{"file:///etc/passwd", "http://127.0.0.1/", "https://example.org/a.png",
                "jar:file:/a.jar!/b.png", "classpath:/sheet/sheet.css", "relative.png", "data:text/html,<b>x</b>"}) {
            assertThat(ResourceGuard.resolve("about:blank", uri)).as(uri).isNull();
        }
    }

    private static int imageCount(byte[] pdf) throws Exception {
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    private static AtomicInteger listen(ServerSocket server) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        server.setSoTimeout(100);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    server.accept().close();
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening until the test closes the socket
                } catch (Exception e) {
                    return;
                }
            }
        });
        return connections;
    }
}
