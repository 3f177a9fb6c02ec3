package app.keel.sheet.ui;

import app.keel.client.ClientBulkAction;
import app.keel.client.ClientSummary;
import app.keel.sheet.BatchResult;
import app.keel.sheet.SheetService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * "Print sheets" on the clients grid: a ZIP with the sheets of the chosen clients' active programs, streamed as it
 * is made, with a progress bar. The UI polls while the download runs (the app has no server push).
 */
@Component
class DownloadSheetsAction implements ClientBulkAction {

    private static final int POLL_MILLIS = 500;

    private final SheetService sheets;

    DownloadSheetsAction(SheetService sheets) {
        this.sheets = sheets;
    }

    @Override
    public String label() {
        return "Print sheets";
    }

    @Override
    public void run(List<ClientSummary> clients, Runnable whenDone) {
        Dialog dialog = new Dialog("Program sheets for " + clients.size()
                + (clients.size() == 1 ? " client" : " clients"));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        if (clients.size() > SheetService.MAX_BATCH) {
            dialog.add(new Paragraph("Choose at most " + SheetService.MAX_BATCH + " clients at a time."));
            dialog.open();
            return;
        }
        List<Long> ids = clients.stream().map(ClientSummary::id).toList();
        ProgressBar progress = new ProgressBar();
        progress.setVisible(false);
        progress.setId("sheets-progress");
        Paragraph status = new Paragraph("One PDF per active program, together in a ZIP file.");
        status.setId("sheets-status");
        UI ui = UI.getCurrent();
        Anchor download = new Anchor(zip(ids, ui, progress, status), "Download ZIP");
        download.setId("sheets-download");
        // Poll only while a download is under way, so the progress bar can move without server push.
        download.getElement().addEventListener("click", e -> {
            progress.setVisible(true);
            progress.setIndeterminate(true);
            ui.setPollInterval(POLL_MILLIS);
        });
        dialog.add(status, progress, download);
        dialog.addDialogCloseActionListener(e -> {
            ui.setPollInterval(-1);
            dialog.close();
            whenDone.run();
        });
        dialog.open();
    }

    private DownloadHandler zip(List<Long> ids, UI ui, ProgressBar progress, Paragraph status) {
        return event -> {
            event.setFileName("program-sheets.zip");
            event.setContentType("application/zip");
            BatchResult result = sheets.writeActiveSheets(ids, event.getOutputStream(), (done, total) ->
                    ui.access(() -> {
                        progress.setIndeterminate(false);
                        progress.setValue((double) done / total);
                        status.setText(done + " of " + total + " sheets ready…");
                    }));
            ui.access(() -> {
                progress.setValue(1);
                progress.setIndeterminate(false);
                status.setText(summary(result));
                ui.setPollInterval(-1);
            });
        };
    }

    private static String summary(BatchResult result) {
        String sheetsText = result.sheets() == 1 ? "1 sheet" : result.sheets() + " sheets";
        return result.clientsWithoutActiveProgram() == 0 ? "Done: " + sheetsText + "."
                : "Done: " + sheetsText + ". " + result.clientsWithoutActiveProgram()
                + (result.clientsWithoutActiveProgram() == 1 ? " client has" : " clients have")
                + " no active program.";
    }
}
