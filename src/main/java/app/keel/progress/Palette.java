package app.keel.progress;

/**
 * Okabe–Ito colours: told apart by people with the common colour-vision deficiencies. Series also differ by dash
 * or by kind (line/bar), so colour is never the only cue.
 */
public final class Palette {

    public static final String BLUE = "#0072B2";
    public static final String ORANGE = "#E69F00";
    public static final String GREEN = "#009E73";
    public static final String VERMILION = "#D55E00";
    public static final String PURPLE = "#CC79A7";
    public static final String SKY = "#56B4E9";
    public static final String YELLOW = "#F0E442";
    public static final String GREY = "#777777";

    private static final String[] CYCLE = {BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, GREY};

    private Palette() {
    }

    public static String nth(int i) {
        return CYCLE[Math.floorMod(i, CYCLE.length)];
    }
}
