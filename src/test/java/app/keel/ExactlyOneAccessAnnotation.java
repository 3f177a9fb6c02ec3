package app.keel;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

/** A view states who may open it exactly once: two annotations would leave the reader guessing which wins. */
class ExactlyOneAccessAnnotation extends ArchCondition<JavaClass> {

    private static final List<String> ACCESS = List.of(
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.DenyAll",
            "com.vaadin.flow.server.auth.AnonymousAllowed");

    ExactlyOneAccessAnnotation() {
        super("have exactly one access annotation");
    }

    @Override
    public void check(JavaClass view, ConditionEvents events) {
        long count = ACCESS.stream().filter(view::isAnnotatedWith).count();
        events.add(new SimpleConditionEvent(view, count == 1,
                view.getName() + " has " + count + " access annotations"));
    }
}
