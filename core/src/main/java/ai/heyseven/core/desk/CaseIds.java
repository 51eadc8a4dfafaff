package ai.heyseven.core.desk;

import ai.heyseven.ports.desk.CaseReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A case's id, the same for the same casino, conversation and reason on every instance: a second
 * trigger finds the case the first opened. A hash, so the id names neither the thread nor the guest.
 */
final class CaseIds {
    private CaseIds() {
    }

    static String of(String casinoId, String threadId, CaseReason reason) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((casinoId + '\n' + threadId + '\n' + reason.wireName()).getBytes(StandardCharsets.UTF_8));
            return "case-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
