package app.keel.progress.ui;

import app.keel.progress.ProgressCharts;
import app.keel.progress.ProgressReport;
import app.keel.progress.ProgressService;
import app.keel.progress.Trends;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The client's own progress on their phone: one sentence, then pain, adherence and PSFS, easier weeks shaded. */
@Route("my/progress")
@PageTitle("My progress · Keel")
@Menu(title = "Progress", order = 3)
@RolesAllowed("CLIENT")
class MyProgressView extends VerticalLayout {

    MyProgressView(ProgressService progress) {
        setPadding(false);
        ProgressReport report = progress.mine();
        Paragraph sentence = new Paragraph(Trends.painSentence(report.days(), report.today()));
        sentence.addClassName("keel-progress-sentence");
        sentence.setId("progress-sentence");
        add(new H1("My progress"), sentence, new ChartWithTable(ProgressCharts.pain(report, false)),
                new ChartWithTable(ProgressCharts.adherence(report)));
        if (!report.psfs().isEmpty()) {
            add(new ChartWithTable(ProgressCharts.psfs(report)));
        }
        Paragraph key = new Paragraph("Shaded stretches are easier (deload) periods your practitioner planned.");
        key.addClassName("keel-muted");
        add(key);
    }
}
