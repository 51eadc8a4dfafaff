package ai.heyseven.ports.sms;

/**
 * Numbers that must not get a message the casino starts: the casino's internal list, and where one
 * is connected a national do-not-call or reassigned-numbers service. Consulted before every such
 * message; never for a reply to a guest who texted first.
 */
public interface DoNotContact {

    /** Whether {@code phone} (E.164) is listed. */
    boolean listed(String phone);
}
