package app.keel.studio;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The load steps of a studio for services that have already checked the caller's access to a record of that studio
 * (the week plan, the client's program). Equipment settings only: nothing about a person.
 */
@Component
public class StudioLoadSteps {

    private final StudioRepository studios;

    StudioLoadSteps(StudioRepository studios) {
        this.studios = studios;
    }

    @Transactional(readOnly = true)
    public LoadSteps of(long studioId) {
        return studios.findById(studioId).map(Studio::getLoadSteps).orElse(LoadSteps.DEFAULT);
    }
}
