package ai.heyseven.adapter.redis;

/** Every key Hey Seven writes starts with {@code hs:v1:}, so a change of format can live beside the old one. */
final class Keys {
    private static final String PREFIX = "hs:v1:";

    private Keys() {
    }

    static String thread(String threadId) {
        return PREFIX + "thread:" + threadId;
    }

    /** The turn that holds a thread now: its claim's token, until released or its lease runs out. */
    static String turnClaim(String threadId) {
        return PREFIX + "turn-claim:" + threadId;
    }

    /** The set of threads a guest started at a casino, for an erase. */
    static String guestThreads(String casinoId, String guestId) {
        return PREFIX + "guest-threads:" + casinoId + ":" + guestId;
    }

    /** The stream of inbound texts waiting for an answer. */
    static String smsInbound() {
        return PREFIX + "sms:inbound";
    }

    /** What became of the reply to an inbound text. */
    static String smsReply(String eventId) {
        return PREFIX + "sms:reply:" + eventId;
    }

    /** Casino-started messages held for quiet hours, by send time. */
    static String smsScheduled() {
        return PREFIX + "sms:scheduled";
    }

    static String smsScheduledData() {
        return PREFIX + "sms:scheduled:data";
    }

    /** The count of a casino's casino-started messages on one day. */
    static String smsDaily(String casinoId, String day) {
        return PREFIX + "sms:daily:" + casinoId + ":" + day;
    }

    static String rate(String key) {
        return PREFIX + "rate:" + key;
    }

    static String claim(String key) {
        return PREFIX + "claim:" + key;
    }

    static String hashes(String casinoId) {
        return PREFIX + "hashes:" + casinoId;
    }
}
