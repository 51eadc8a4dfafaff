package ai.heyseven.ports.consent;

import java.util.OptionalLong;

/**
 * What a walk along a consent chain found.
 *
 * @param records how many records it read
 * @param firstBroken the sequence of the first record that breaks the chain, if one does
 * @param reason why it breaks; empty when intact
 */
public record ChainCheck(int records, OptionalLong firstBroken, String reason) {

    static ChainCheck intact(int records) {
        return new ChainCheck(records, OptionalLong.empty(), "");
    }

    static ChainCheck broken(int records, long sequence, String reason) {
        return new ChainCheck(records, OptionalLong.of(sequence), reason);
    }

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
