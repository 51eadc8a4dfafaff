package ai.heyseven.ports.guest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fields of a guest profile, with the names they carry in storage and on the wire. */
public enum ProfileField {
    NAME,
    LANGUAGE,
    PARTY_SIZE,
    DIETARY,
    FAVOURITE_GAMES,
    FAVOURITE_SHOWS,
    VISIT_NOTES,
    /** What the guest celebrates on this visit, as they said it ({@code wife's 40th birthday}). */
    OCCASION,
    /** When the occasion is, as the guest said it ({@code saturday}, {@code march 3}). */
    OCCASION_DATE,
    /** Why the guest is here: {@code celebration}, {@code business}, {@code getaway}, {@code gaming}, {@code show}. */
    VISIT_PURPOSE,
    /** Cuisines or kinds of dining the guest likes ({@code steak}, {@code sushi}). */
    DINING_PREFERENCES,
    /** Shows, music or sport the guest likes ({@code comedy}, {@code live music}). */
    ENTERTAINMENT_PREFERENCES,
    /** How the guest spends: {@code value}, {@code moderate} or {@code premium}. */
    BUDGET_BAND,
    /** How often the guest comes: {@code first visit}, {@code occasional}, {@code regular}. */
    VISIT_FREQUENCY,
    /** The loyalty tier the guest names ({@code gold}). */
    LOYALTY_TIER,
    /** When the guest was last offered the occasion incentive: once per guest and stay. */
    OCCASION_OFFERED;

    /** {@code party_size} for {@link #PARTY_SIZE}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProfileField> fromWire(String name) {
        return Arrays.stream(values()).filter(field -> field.wireName().equals(name)).findFirst();
    }
}
