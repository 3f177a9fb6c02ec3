package app.keel.program.template;

import app.keel.program.ProgramDraft;
import app.keel.program.prescription.PrescriptionDraft;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** What a template holds: a program's settings (without client and dates) and its items in order. */
record TemplateContent(ProgramDraft settings, List<Item> items) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Item(long exerciseId, PrescriptionDraft draft) {
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static TemplateContent fromJson(String json) {
        return JSON.readValue(json, TemplateContent.class);
    }
}
