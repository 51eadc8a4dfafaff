package ai.heyseven.adapter.local;

import ai.heyseven.ports.sms.DoNotContact;
import ai.heyseven.ports.sms.InboundSms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The casino's own do-not-contact list from a file: one E.164 number per line, {@code #} starts a
 * comment. Read at start-up, at most {@value #MAX_NUMBERS} numbers. A national do-not-call or
 * reassigned-numbers service is another {@link DoNotContact} beside it (docs/sms.md).
 */
public final class DoNotContactFile implements DoNotContact {
    static final int MAX_NUMBERS = 1_000_000;

    private final Set<String> numbers;

    private DoNotContactFile(Set<String> numbers) {
        this.numbers = numbers;
    }

    /** No list: nobody is listed. */
    public static DoNotContactFile empty() {
        return new DoNotContactFile(Set.of());
    }

    /** @throws IllegalArgumentException naming the line that is not an E.164 number */
    public static DoNotContactFile read(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            Set<String> numbers = lines.map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .limit(MAX_NUMBERS + 1L)
                    .peek(line -> {
                        if (!InboundSms.E164.matcher(line).matches()) {
                            throw new IllegalArgumentException("'" + line + "' in " + file + " is not an E.164 number");
                        }
                    })
                    .collect(Collectors.toUnmodifiableSet());
            if (numbers.size() > MAX_NUMBERS) {
                throw new IllegalArgumentException(file + " lists more than " + MAX_NUMBERS + " numbers");
            }
            return new DoNotContactFile(numbers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public boolean listed(String phone) {
        return numbers.contains(phone);
    }
}
