package app.keel.progress.ui;

import app.keel.progress.ChartData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js canvas ({@code frontend/components/keel-chart.ts}). Data goes over as a JSON string property, so
 * whatever a user typed (an activity's name, a note) can only ever be text on the canvas.
 */
@Tag("keel-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/keel-chart.ts")
public class KeelChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public KeelChart(ChartData data) {
        setData(data);
    }

    public void setData(ChartData data) {
        getElement().setProperty("config", toJson(data));
    }

    public String config() {
        return getElement().getProperty("config");
    }

    static String toJson(ChartData data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", data.title());
        root.put("labels", data.labels());
        List<Map<String, Object>> series = new ArrayList<>();
        for (ChartData.Series s : data.series()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", s.label());
            m.put("data", s.data());
            m.put("color", s.color());
            m.put("kind", s.kind());
            m.put("dashed", s.dashed());
            if (s.fillTo() != null) {
                m.put("fillTo", s.fillTo());
            }
            if (!s.inTable()) {
                m.put("band", true);
            }
            series.add(m);
        }
        root.put("series", series);
        root.put("yMin", data.yMin());
        root.put("yMax", data.yMax());
        root.put("yTitle", data.yTitle());
        root.put("shaded", data.shaded());
        root.put("shadeLabel", data.shadeLabel());
        return JSON.writeValueAsString(root);
    }
}
