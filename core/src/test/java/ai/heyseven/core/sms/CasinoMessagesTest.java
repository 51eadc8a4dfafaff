package ai.heyseven.core.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.DoNotContactFile;
import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.local.InMemoryConsentLedger;
import ai.heyseven.adapter.local.InMemorySendQuota;
import ai.heyseven.adapter.local.InMemorySmsSchedule;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.adapter.phone.PhoneNumberZones;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.OutboundSms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Casino-started messages over the real local adapters, on a clock the test moves. */
class CasinoMessagesTest {
    private static final String GUEST = "+17025550142";

    /** A clock the test sets. */
    private static final class Hands extends Clock {
        Instant now;

        Hands(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands(Instant.parse("2026-11-25T06:30:00Z")); // 22:30 in Las Vegas
    private final InMemoryConsentLedger consent = new InMemoryConsentLedger(100);
    private final List<OutboundSms> sent = new ArrayList<>();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail(100);
    private final InMemorySendQuota quota = new InMemorySendQuota();

    private CasinoMessages messages(DoNotContactFile doNotContact) {
        return new CasinoMessages(PropertyFiles.bundled(), consent, message -> {
            sent.add(message);
            return "msg-" + sent.size();
        }, new InMemorySmsSchedule(100), new PhoneNumberZones(), doNotContact, audit, quota, 3, clock);
    }

    private void optIn(CasinoMessages messages, String purpose) {
        messages.optIn("aurora-palms", new CasinoSms.OptIn(GUEST, purpose, "front-desk", "Text me about my stay.", Optional.empty()), "api-key:test");
    }

    @Test
    void aMessageAt2230LocalIsHeldUntil0800LocalAndSentThenNotBefore() {
        CasinoMessages messages = messages(DoNotContactFile.empty());
        optIn(messages, "service");
        CasinoSms.Outcome outcome = messages.send("aurora-palms", GUEST, "Your suite is ready.", "service", "api-key:ops").orElseThrow();
        assertTrue(outcome.scheduled());
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), outcome.sendAt(), "08:00 in Las Vegas");
        assertEquals(List.of(), sent);

        clock.now = Instant.parse("2026-11-25T15:59:59Z");
        assertEquals(0, messages.sendDue(10));
        assertEquals(List.of(), sent, "not before 08:00");
        clock.now = Instant.parse("2026-11-25T16:00:00Z");
        assertEquals(1, messages.sendDue(10));
        assertEquals(List.of(new OutboundSms("+17025550100", GUEST, "Your suite is ready.")), sent);
        assertEquals(List.of("consent.opt_in", "sms.scheduled"), audit.entries().stream().map(entry -> entry.action()).toList());
    }

    @Test
    void inTheWindowItIsSentAtOnce() {
        clock.now = Instant.parse("2026-11-25T20:00:00Z"); // noon in Las Vegas
        CasinoMessages messages = messages(DoNotContactFile.empty());
        optIn(messages, "marketing");
        assertEquals(new CasinoSms.Outcome(false, clock.now), messages.send("aurora-palms", GUEST, "Two for one at Kaze tonight.",
                "marketing", "api-key:ops").orElseThrow());
        assertEquals(1, sent.size());
    }

    @Test
    void aGuestExcludedForResponsibleGamingGetsNoMarketingWhateverFollows() {
        clock.now = Instant.parse("2026-11-25T20:00:00Z");
        CasinoMessages messages = messages(DoNotContactFile.empty());
        optIn(messages, "marketing");
        optIn(messages, "service");
        consent.append(new ConsentEvent("aurora-palms", GUEST, ConsentEvent.Kind.EXCLUDE, "marketing", "responsible-gaming",
                "responsible-gaming layer", clock.now));
        optIn(messages, "marketing");
        var excluded = assertThrows(CasinoSms.NotAllowedException.class,
                () -> messages.send("aurora-palms", GUEST, "Double points tonight!", "marketing", "api-key:ops"));
        assertTrue(excluded.getMessage().contains("excluded from marketing"), excluded.getMessage());
        assertEquals(false, messages.send("aurora-palms", GUEST, "Your suite is ready.", "service", "api-key:ops").orElseThrow().scheduled(),
                "service messages still go");
    }

    @Test
    void aCasinoStopsAtItsDailyCap() {
        clock.now = Instant.parse("2026-11-25T20:00:00Z");
        CasinoMessages messages = messages(DoNotContactFile.empty());
        optIn(messages, "service");
        for (int i = 0; i < 3; i++) {
            messages.send("aurora-palms", GUEST, "Message " + i, "service", "api-key:ops");
        }
        var capped = assertThrows(CasinoSms.NotAllowedException.class,
                () -> messages.send("aurora-palms", GUEST, "One more", "service", "api-key:ops"));
        assertTrue(capped.getMessage().contains("daily cap of 3"), capped.getMessage());
        clock.now = Instant.parse("2026-11-26T20:00:00Z");
        assertEquals(false, messages.send("aurora-palms", GUEST, "Next day", "service", "api-key:ops").orElseThrow().scheduled());
    }

    @Test
    void aStopReceivedWhileHeldWins() {
        CasinoMessages messages = messages(DoNotContactFile.empty());
        optIn(messages, "service");
        messages.send("aurora-palms", GUEST, "Your suite is ready.", "service", "api-key:ops");
        consent.append(new ConsentEvent("aurora-palms", GUEST, ConsentEvent.Kind.STOP, "all", "sms-keyword", "STOP", clock.now));
        clock.now = Instant.parse("2026-11-25T16:00:00Z");
        assertEquals(0, messages.sendDue(10));
        assertEquals(List.of(), sent);
    }

    @Test
    void withoutConsentAfterStopOrOnTheListItIsRefused(@TempDir Path dir) throws Exception {
        clock.now = Instant.parse("2026-11-25T20:00:00Z");
        CasinoMessages messages = messages(DoNotContactFile.empty());
        var none = assertThrows(CasinoSms.NotAllowedException.class,
                () -> messages.send("aurora-palms", GUEST, "Hi", "marketing", "api-key:ops"));
        assertTrue(none.getMessage().contains("no recorded opt-in for marketing"), none.getMessage());
        optIn(messages, "service");
        assertThrows(CasinoSms.NotAllowedException.class, () -> messages.send("aurora-palms", GUEST, "Hi", "marketing", "api-key:ops"),
                "an opt-in for service is not one for marketing");
        consent.append(new ConsentEvent("aurora-palms", GUEST, ConsentEvent.Kind.STOP, "all", "sms-keyword", "STOP", clock.now));
        var stopped = assertThrows(CasinoSms.NotAllowedException.class,
                () -> messages.send("aurora-palms", GUEST, "Hi", "service", "api-key:ops"));
        assertTrue(stopped.getMessage().contains("opted out"), stopped.getMessage());
        consent.append(new ConsentEvent("aurora-palms", GUEST, ConsentEvent.Kind.START, "all", "sms-keyword", "START", clock.now));
        assertEquals(false, messages.send("aurora-palms", GUEST, "Hi", "service", "api-key:ops").orElseThrow().scheduled(),
                "START restores the opt-in");

        Path list = Files.writeString(dir.resolve("dnc.txt"), "# do not contact\n" + GUEST + "\n");
        var listed = assertThrows(CasinoSms.NotAllowedException.class,
                () -> messages(DoNotContactFile.read(list)).send("aurora-palms", GUEST, "Hi", "service", "api-key:ops"));
        assertTrue(listed.getMessage().contains("do-not-contact"), listed.getMessage());
        assertEquals(Optional.empty(), messages.send("atlantis", GUEST, "Hi", "service", "api-key:ops"));
    }
}
