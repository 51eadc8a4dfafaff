package ai.heyseven.ports.consent;

import java.time.Instant;
import java.util.List;

/**
 * Guests' self-exclusions from marketing, whichever channel they came from, and the phone numbers
 * each guest gave: a web-chat guest ({@code guest_id}) excluded today must not be texted an offer
 * tomorrow on the number a CRM form links to them. Keyed by the guest's hash
 * ({@link ai.heyseven.ports.guest.GuestData#guestKey}), never the guest id, so an exclusion survives
 * the guest's erase without naming anybody; the numbers are erased with the guest.
 *
 * <p>{@link #link} and {@link #exclude} of one guest are atomic with each other: whichever comes
 * second sees the first (the exclusion sees the number, or the link sees the exclusion), so no
 * order of the two, on any instances, leaves a linked number out of an exclusion. Every method
 * answers within the store's own timeout or throws {@link GuestExclusionsException}.
 */
public interface GuestExclusions {
    /** Numbers kept per guest: a guest gives one or two; a form linking more is refused. */
    int MAX_PHONES = 20;

    /**
     * Links {@code phone} to the guest (idempotent).
     *
     * @return {@link Link#EXCLUDED} when the guest is excluded (the number is then not kept: the
     *     caller excludes it at once), {@link Link#FULL} when the guest already has
     *     {@link #MAX_PHONES} other numbers (nothing is kept), else {@link Link#LINKED}
     */
    Link link(String casinoId, String guestKey, String phone);

    /**
     * Records that the guest is excluded (idempotent: the first time is kept).
     *
     * @return the numbers linked to the guest so far, each to be excluded by the caller
     */
    List<String> exclude(String casinoId, String guestKey, Instant at);

    /** Whether the guest is excluded from marketing (no comp or offer reaches them, in any channel). */
    boolean excluded(String casinoId, String guestKey);

    /**
     * Forgets the numbers linked to the guest (the guest's erase); an exclusion stays.
     *
     * @return how many numbers were forgotten
     */
    int forgetPhones(String casinoId, String guestKey);

    /** What became of a link. */
    enum Link { LINKED, EXCLUDED, FULL }
}
