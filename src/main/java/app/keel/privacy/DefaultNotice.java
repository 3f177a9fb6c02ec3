package app.keel.privacy;

/** Keel's starting text for a studio's privacy notice, in plain words; the studio admin adapts it. */
final class DefaultNotice {

    static final String TEXT = """
            How we look after your information

            Who we are: your studio uses Keel to plan your exercises and to follow how you are doing. The studio is \
            responsible for your information.

            What we keep: your name and contact details, the programs your practitioner gives you, what you log \
            (which exercises you did, how hard they felt, pain during them), your daily check-ins (pain, stiffness, \
            sleep, stress, confidence, flare-ups) and your answers about activities you find hard.

            Why: so your practitioner can adjust your program safely, spot when something is not going well, and see \
            your progress between visits. We use it for nothing else, we do not sell it and we do not show adverts.

            Who sees it: only you, your practitioner, anyone at the studio who shares your care, and the studio's \
            administrators. We record who opened your records and when.

            How long: while you are a client of the studio. When you ask us to erase your information, we delete it, \
            except a short record of who did what and when (without your health scores), which we must keep by law.

            Your rights: you can download all your information at any time from your account page, ask us to correct \
            it, ask us to erase it, and withdraw this agreement. If you withdraw, you can no longer log in the app \
            until you agree again; what you logged before stays with the studio until you ask us to erase it.

            Questions: please ask your practitioner or the studio.""";

    private DefaultNotice() {
    }
}
