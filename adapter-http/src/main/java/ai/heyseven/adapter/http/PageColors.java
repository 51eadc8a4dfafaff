package ai.heyseven.adapter.http;

/**
 * The text colour that reads on a casino's colour: white or the page's ink, whichever contrasts more
 * (WCAG relative luminance), so a pale brand colour never leaves white text unreadable.
 */
final class PageColors {
    static final String INK = "#1d1b26";
    static final String WHITE = "#ffffff";

    private PageColors() {
    }

    /** {@code background} is {@code #rrggbb} (Branding has checked it). */
    static String textOn(String background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withInk = (luminance + 0.05) / (luminance(INK) + 0.05);
        return withWhite >= withInk ? WHITE : INK;
    }

    static double luminance(String color) {
        return 0.2126 * channel(color, 1) + 0.7152 * channel(color, 3) + 0.0722 * channel(color, 5);
    }

    private static double channel(String color, int at) {
        double value = Integer.parseInt(color.substring(at, at + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
