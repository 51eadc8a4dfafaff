package ai.heyseven.adapter.http;

/**
 * The text colour that reads on a casino's colour: white or black, whichever contrasts more (WCAG
 * relative luminance). One of the two always reaches 4.58:1 (the worst case, a mid grey), so no
 * brand colour leaves its text below the 4.5:1 body text needs; the page's softer ink would not
 * (3.8:1 on {@code #777777}).
 */
final class PageColors {
    static final String BLACK = "#000000";
    static final String WHITE = "#ffffff";

    private PageColors() {
    }

    /** {@code background} is {@code #rrggbb} (Branding has checked it). */
    static String textOn(String background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / 0.05;
        return withWhite >= withBlack ? WHITE : BLACK;
    }

    static double luminance(String color) {
        return 0.2126 * channel(color, 1) + 0.7152 * channel(color, 3) + 0.0722 * channel(color, 5);
    }

    private static double channel(String color, int at) {
        double value = Integer.parseInt(color.substring(at, at + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
