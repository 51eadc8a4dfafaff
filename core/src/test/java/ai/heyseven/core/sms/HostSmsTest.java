package ai.heyseven.core.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.DoNotContactFile;
import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.adapter.phone.PhoneNumberZones;
import ai.heyseven.core.concierge.Agent;
import ai.heyseven.core.concierge.Concierges;
import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import ai.heyseven.ports.sms.CasinoSms;
import ai.heyseven.ports.sms.InboundSms;
import ai.heyseven.ports.sms.OutboundSms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A texting guest's case: the host's reply goes out by SMS once, within the consent rules, and the agent stays silent meanwhile. */
class HostSmsTest {
    private static final String CASINO = "aurora-palms";
    private static final String CASINO_NUMBER = "+17025550100";
    private static final String GUEST = "+17025550142";
    private static final StaffMember MARIA = new StaffMember("oidc:idp|maria", "Maria", Map.of(CASINO, Set.of(StaffRole.HOST)));

    private final DurablePorts durable = LocalBackends.durable(PropertyFiles.bundled(), "test").ports();
    private final StatePorts state = LocalBackends.state(new StatePorts.Limits(Duration.ofHours(1), 50, 100, 100, 100), 1_000,
            Duration.ofHours(1)).ports();
    /** What the carrier was asked to send. */
    private final List<OutboundSms> sent = new CopyOnWriteArrayList<>();
    private final Agent agent = Concierges.builder().languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
            .durable(durable).state(state)
            .sms(new SmsSetup(Optional.of(message -> {
                sent.add(message);
                return "msg-" + sent.size();
            }), "off", new PhoneNumberZones(), DoNotContactFile.empty(), 3, 100, Duration.ofSeconds(5)))
            .buildAgent();

    @AfterEach
    void close() {
        agent.close();
    }

    private void text(String words) {
        agent.smsInbound().orElseThrow().accept(new InboundSms(UUID.randomUUID().toString(), CASINO_NUMBER, GUEST, words, Instant.now()));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    private DeskCase theCase() {
        return durable.cases().list(CASINO, Optional.empty(), 10).getFirst();
    }

    @Test
    void aTextingGuestsCaseIsClaimedAndTheHostsReplyIsTextedOnceThenNotAfterStop() throws InterruptedException {
        text("I can't stop gambling, I lost my savings");
        await("the agent's answer", () -> sent.size() == 1);
        DeskCase opened = theCase();
        assertEquals(CaseReason.RESPONSIBLE_GAMING, opened.reason());
        assertEquals(GuestChannel.SMS, opened.channel());
        assertEquals(Optional.of(GUEST), opened.smsTo(), "the case knows where the host's reply goes");

        HostDesk desk = agent.desk().orElseThrow();
        desk.claim(MARIA, CASINO, opened.caseId());
        desk.reply(MARIA, CASINO, opened.caseId(), "Hi, this is Maria from Aurora Palms. May I call you?");
        assertEquals(2, sent.size());
        assertEquals(new OutboundSms(CASINO_NUMBER, GUEST, "Hi, this is Maria from Aurora Palms. May I call you?"), sent.get(1));

        text("Yes please, after 6");
        await("the guest's text on the case", () -> theCase().transcript().getLast().text().equals("Yes please, after 6"));
        assertEquals(CaseMessage.Author.GUEST, theCase().transcript().getLast().author());
        Thread.sleep(200);
        assertEquals(2, sent.size(), "the agent sends nothing while the host holds the conversation");

        text("STOP");
        await("the opt-out's confirmation", () -> sent.size() == 3);
        assertThrows(CasinoSms.NotAllowedException.class, () -> desk.reply(MARIA, CASINO, opened.caseId(), "Are you still there?"));
        assertEquals(3, sent.size(), "a number that opted out gets nothing from a host");
        assertEquals(CaseStatus.CLAIMED, theCase().status());
    }

    @Test
    void aHostReplyIsSentOnceWhateverRetriesItsKey() {
        HostTexts texts = new HostTexts(PropertyFiles.bundled(), durable.consentLedger(), DoNotContactFile.empty(), message -> {
            sent.add(message);
            return "msg-" + sent.size();
        }, state.smsOutbox(), 3);
        texts.send(CASINO, GUEST, "Your table is ready.", "case-1:1");
        texts.send(CASINO, GUEST, "Your table is ready.", "case-1:1");
        assertEquals(1, sent.size());
        assertTrue(sent.getFirst().text().startsWith("Your table"));
    }
}
