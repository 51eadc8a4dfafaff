package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.local.InMemoryComplianceEvents;
import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.HandledBy;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.conversation.ChatMessage;
import ai.heyseven.ports.desk.CaseAlerts;
import ai.heyseven.ports.desk.CaseConflictException;
import ai.heyseven.ports.desk.CaseMessage;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.CaseStoreException;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.GuestChannel;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelStep;
import ai.heyseven.ports.tools.ToolCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The host desk over the real in-memory stores and the offline model: cases opened where a guest needs a person, and the take-over. */
class HostDeskTest {
    private static final String CASINO = "aurora-palms";
    private static final String DISTRESS = "I can't stop gambling, I lost my savings. My email is jo.smith@example.com";
    private static final StaffMember MARIA = new StaffMember("oidc:idp|maria", "Maria", Map.of(CASINO, Set.of(StaffRole.HOST)));
    private static final StaffMember LEO = new StaffMember("oidc:idp|leo", "Leo", Map.of(CASINO, Set.of(StaffRole.HOST)));
    private static final StaffMember CLARA = new StaffMember("oidc:idp|clara", "Clara", Map.of(CASINO, Set.of(StaffRole.COMPLIANCE)));
    private static final StaffMember ELSEWHERE = new StaffMember("oidc:idp|otto", "Otto",
            Map.of("other-casino", Set.of(StaffRole.HOST, StaffRole.COMPLIANCE)));

    private final DurablePorts durable = LocalBackends.durable(PropertyFiles.bundled(), "test").ports();
    private final StatePorts state = LocalBackends.state(new StatePorts.Limits(Duration.ofHours(1), 50, 100, 100, 100), 1_000,
            Duration.ofHours(1)).ports();
    private Agent agent;

    /** The urgent cases the casino was told of. */
    private final List<DeskCase> alerted = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CaseAlerts alerts = new CaseAlerts() {
        @Override
        public void opened(DeskCase urgentCase) {
            alerted.add(urgentCase);
        }

        @Override
        public long failures() {
            return 0;
        }
    };

    private Agent agent(LanguageModel model) {
        agent = Concierges.builder().languageModel(model).durable(durable).state(state).caseAlerts(alerts).buildAgent();
        return agent;
    }

    private Agent agent() {
        return agent(new OfflineLanguageModel(Concierges.keywordRouter()));
    }

    @AfterEach
    void close() {
        if (agent != null) {
            agent.close();
        }
    }

    private static TurnRequest say(String thread, String message) {
        return new TurnRequest(CASINO, message, thread, "guest-7", "req-" + message.hashCode());
    }

    private List<DeskCase> cases(Optional<CaseStatus> status) {
        return durable.cases().list(CASINO, status, 50);
    }

    private List<String> audited(String action) {
        return ((InMemoryAuditTrail) durable.auditTrail()).entries().stream().filter(entry -> entry.action().equals(action))
                .map(AuditEntry::actor).toList();
    }

    @Test
    void aGuestInDistressOpensOneResponsibleGamingCaseWithABriefingAndARedactedTranscript() {
        Agent agent = agent();
        TurnReply first = agent.concierge().ask(say(null, "Where can I get sushi tonight?"));
        TurnReply distress = agent.concierge().ask(say(first.threadId(), DISTRESS));

        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, distress.guardrail());
        assertTrue(distress.reply().contains("1-800-GAMBLER"), distress.reply());
        DeskCase opened = cases(Optional.empty()).getFirst();
        assertEquals(1, cases(Optional.empty()).size());
        assertEquals(CaseReason.RESPONSIBLE_GAMING, opened.reason());
        assertEquals(CaseStatus.OPEN, opened.status());
        assertEquals(GuestChannel.WEB, opened.channel());
        assertEquals(first.threadId(), opened.threadId());
        assertEquals(Optional.of("guest-7"), opened.guestId());
        assertTrue(opened.briefing().riskFlags().contains("responsible gaming"), opened.briefing().toString());
        assertTrue(opened.briefing().nextStep().contains("self-exclusion"), opened.briefing().nextStep());
        assertEquals("extractive", opened.briefing().writtenBy());
        String said = String.join(" ", opened.briefing().guestSaid());
        assertTrue(said.contains("I can't stop gambling") && said.contains("sushi"), said);
        String transcript = opened.transcript().stream().map(CaseMessage::text).reduce("", String::concat);
        assertTrue(transcript.contains("I lost my savings"), transcript);
        assertFalse(transcript.contains("jo.smith@example.com") || said.contains("jo.smith@example.com"), "redacted: " + transcript);
        assertEquals(List.of("agent"), audited("case.opened"));
        List<CaseMessage> read = agent.desk().orElseThrow().get(MARIA, CASINO, opened.caseId()).orElseThrow().transcript();
        assertEquals(CaseMessage.Author.AGENT, read.getLast().author());
        assertTrue(read.getLast().text().contains("1-800-GAMBLER"), "the host reads what the agent answered too: " + read.getLast());

        agent.concierge().ask(say(first.threadId(), "I really can't stop gambling, I lost everything"));
        assertEquals(1, cases(Optional.empty()).size(), "the same conversation and reason find the same case");
        assertEquals(List.of(opened.caseId()), alerted.stream().map(DeskCase::caseId).toList(), "the casino is told once, on opening");
    }

    @Test
    void askingForAPersonTwiceOpensOneCase() {
        Agent agent = agent();
        TurnReply first = agent.concierge().ask(say(null, "It's our anniversary: can I talk to a real person please?"));
        agent.concierge().ask(say(first.threadId(), "I want to speak to a human"));

        assertTrue(first.reply().contains("I've asked a host"), first.reply());
        List<DeskCase> open = cases(Optional.of(CaseStatus.OPEN));
        assertEquals(1, open.size());
        assertEquals(CaseReason.HUMAN_REQUESTED, open.getFirst().reason());
        assertEquals("to talk to a person", open.getFirst().briefing().wants());
        assertTrue(open.getFirst().briefing().inferred().contains("occasion: anniversary (inferred)"), open.getFirst().briefing().toString());
        assertTrue(durable.hostCallbacks().pending(CASINO, 10).isEmpty(), "cases are the hosts' queue now");
        assertEquals(List.of(), alerted, "a request for a person is not urgent");
    }

    @Test
    void theHostCallbackToolOpensACallbackCaseAndTheGuestHearsItsReference() {
        ScriptedModel model = new ScriptedModel();
        model.steps.add(new ModelStep.CallTools(List.of(new ToolCall("host_callback", Map.of("topic", "a suite upgrade")))));
        model.answers.clear();
        model.answers.add("A host will call you back");
        TurnReply reply = agent(model).concierge().ask(say(null, "Could a host call me about upgrading my suite?"));

        DeskCase callback = cases(Optional.empty()).getFirst();
        assertEquals(CaseReason.CALLBACK, callback.reason());
        assertEquals(reply.threadId(), callback.threadId());
        assertTrue(callback.briefing().wants().contains("a suite upgrade"), callback.briefing().wants());
        assertTrue(reply.reply().contains(callback.caseId()), reply.reply());
    }

    @Test
    void anAmlEventOpensACaseOnlyTheComplianceRoleSees() {
        Agent agent = agent();
        TurnReply reply = agent.concierge().ask(say(null, "How can I split $15,000 in cash into smaller deposits so it doesn't get reported?"));

        assertEquals(GuardrailLayer.AML, reply.guardrail());
        DeskCase aml = cases(Optional.empty()).getFirst();
        assertEquals(CaseReason.AML, aml.reason());
        HostDesk desk = agent.desk().orElseThrow();
        assertEquals(List.of(), desk.cases(MARIA, CASINO, Optional.empty()), "a host does not see a compliance case");
        assertEquals(Optional.empty(), desk.get(MARIA, CASINO, aml.caseId()));
        assertEquals(Optional.empty(), desk.claim(MARIA, CASINO, aml.caseId()));
        assertEquals(List.of(aml.caseId()), desk.cases(CLARA, CASINO, Optional.empty()).stream().map(DeskCase::caseId).toList());
    }

    @Test
    void aRatingOfTwoOpensALowRatingCaseAndAFourDoesNot() {
        Agent agent = agent();
        TurnReply answered = agent.concierge().ask(say(null, "Where can I get sushi tonight?"));
        agent.feedback().give(answered.threadId(), 4, "fine", Optional.of(CASINO));
        assertEquals(List.of(), cases(Optional.empty()));

        agent.feedback().give(answered.threadId(), 2, "not what I asked", Optional.of(CASINO));
        DeskCase low = cases(Optional.empty()).getFirst();
        assertEquals(CaseReason.LOW_RATING, low.reason());
        assertTrue(low.briefing().wants().contains("2 of 5"), low.briefing().wants());
        assertTrue(low.transcript().stream().anyMatch(line -> line.author() == CaseMessage.Author.AGENT), "the rated answer is there");
    }

    @Test
    void oneHostHoldsACaseAndAnotherGetsAConflict() {
        Agent agent = agent();
        agent.concierge().ask(say(null, "Can I talk to a real person please?"));
        HostDesk desk = agent.desk().orElseThrow();
        String caseId = cases(Optional.empty()).getFirst().caseId();

        DeskCase claimed = desk.claim(MARIA, CASINO, caseId).orElseThrow();
        assertEquals(CaseStatus.CLAIMED, claimed.status());
        assertEquals(Optional.of("Maria"), claimed.claimedByName());
        assertEquals(claimed, desk.claim(MARIA, CASINO, caseId).orElseThrow(), "claiming one's own claim changes nothing");
        assertThrows(CaseConflictException.class, () -> desk.claim(LEO, CASINO, caseId));
        assertThrows(CaseConflictException.class, () -> desk.reply(LEO, CASINO, caseId, "Hello from Leo"));
        assertThrows(CaseConflictException.class, () -> desk.resolve(LEO, CASINO, caseId, "taken"));
        assertThrows(IllegalArgumentException.class, () -> desk.reply(MARIA, CASINO, caseId, "  "));
        assertEquals(List.of(), desk.cases(ELSEWHERE, CASINO, Optional.empty()), "a host of another casino sees nothing here");

        desk.resolve(MARIA, CASINO, caseId, "Called the guest; booked a table");
        assertThrows(CaseConflictException.class, () -> desk.claim(LEO, CASINO, caseId), "a resolved case is not claimed");
        assertEquals(List.of(MARIA.id()), audited("case.claimed"), "once: the second claim of her own changed nothing");
        assertEquals(List.of(MARIA.id()), audited("case.resolved"));
    }

    @Test
    void whileAHostHoldsTheConversationTheAgentIsSilentAndTheGuestReachesTheHost() {
        Agent agent = agent();
        TurnReply asked = agent.concierge().ask(say(null, "Can I talk to a real person please?"));
        HostDesk desk = agent.desk().orElseThrow();
        String caseId = cases(Optional.empty()).getFirst().caseId();
        Instant before = Instant.now().minusSeconds(1);
        desk.claim(MARIA, CASINO, caseId);
        desk.reply(MARIA, CASINO, caseId, "Hi, I'm Maria, your host. How can I help?");

        HostDesk.HostPresence presence = desk.presence(CASINO, asked.threadId(), before);
        assertEquals(Optional.of("Maria"), presence.hostName());
        assertEquals(List.of("Hi, I'm Maria, your host. How can I help?"), presence.messages().stream().map(CaseMessage::text).toList());

        TurnReply held = agent.concierge().ask(say(asked.threadId(), "I'd like a table for two at 8, my number is 702-555-0142"));
        assertEquals(HandledBy.HOST, held.handledBy());
        assertEquals("", held.reply());
        DeskCase withGuest = durable.cases().get(CASINO, caseId).orElseThrow();
        CaseMessage last = withGuest.transcript().getLast();
        assertEquals(CaseMessage.Author.GUEST, last.author());
        assertTrue(last.text().startsWith("I'd like a table for two at 8") && !last.text().contains("555-0142"), last.text());
        List<ChatMessage> kept = state.checkpoints().latest(asked.threadId()).orElseThrow().messages();
        assertTrue(kept.getLast().text().startsWith("I'd like a table for two"), "the conversation keeps the message too");

        TurnReply crisis = agent.concierge().ask(say(asked.threadId(), "I want to kill myself"));
        assertEquals(HandledBy.HOST, crisis.handledBy());
        assertEquals(GuardrailLayer.CRISIS, crisis.guardrail());
        assertTrue(crisis.reply().contains("988"), "a guest in crisis still gets the crisis line at once: " + crisis.reply());
        assertTrue(((InMemoryComplianceEvents) durable.complianceEvents()).events().stream()
                .anyMatch(event -> event.layer() == GuardrailLayer.CRISIS && event.threadId().equals(asked.threadId())),
                "recorded as the compliance gate would");
        List<CaseMessage> lines = durable.cases().get(CASINO, caseId).orElseThrow().transcript();
        assertEquals(CaseMessage.Author.GUEST, lines.get(lines.size() - 2).author());
        assertEquals(CaseMessage.Author.AGENT, lines.getLast().author());

        desk.release(MARIA, CASINO, caseId);
        HostDesk.HostPresence released = desk.presence(CASINO, asked.threadId(), before);
        assertEquals(Optional.empty(), released.hostName());
        assertEquals(1, released.messages().size(), "the host's last words still reach a page that had not shown them");
        TurnReply again = agent.concierge().ask(say(asked.threadId(), "Where can I get sushi tonight?"));
        assertEquals(HandledBy.AGENT, again.handledBy());
        assertFalse(again.reply().isBlank());
        assertEquals(List.of(MARIA.id()), audited("case.released"));
        assertEquals(List.of(MARIA.id()), audited("case.replied"));
    }

    @Test
    void aResolvedCaseIsOpenedAgainByTheSameTrigger() {
        Agent agent = agent();
        TurnReply asked = agent.concierge().ask(say(null, "Can I talk to a real person please?"));
        HostDesk desk = agent.desk().orElseThrow();
        String caseId = cases(Optional.empty()).getFirst().caseId();
        desk.resolve(MARIA, CASINO, caseId, "answered");

        agent.concierge().ask(say(asked.threadId(), "Can I talk to a real person again?"));
        DeskCase reopened = durable.cases().get(CASINO, caseId).orElseThrow();
        assertEquals(CaseStatus.OPEN, reopened.status());
        assertEquals(List.of(CaseMessage.Author.GUEST, CaseMessage.Author.AGENT, CaseMessage.Author.GUEST),
                reopened.transcript().stream().map(CaseMessage::author).toList(), "the conversation since, once each");
        assertEquals(Optional.empty(), reopened.outcome());
        assertEquals(List.of("agent"), audited("case.reopened"));
    }

    @Test
    void anEraseRemovesTheGuestsCasesButKeepsComplianceOnes() {
        Agent agent = agent();
        agent.concierge().ask(say(null, "Can I talk to a real person please?"));
        agent.concierge().ask(say(null, "How can I split $15,000 in cash into smaller deposits so it doesn't get reported?"));
        assertEquals(2, cases(Optional.empty()).size());

        agent.guestData().erase(CASINO, "guest-7", "api-key:test");
        assertEquals(List.of(CaseReason.AML), cases(Optional.empty()).stream().map(DeskCase::reason).toList());
    }

    /** The real store, until the test makes its writes fail as Firestore past its deadline does. */
    private static final class Flaky implements CaseStore {
        private final CaseStore store;
        volatile boolean down;

        Flaky(CaseStore store) {
            this.store = store;
        }

        @Override
        public boolean create(DeskCase newCase) {
            return store.create(newCase);
        }

        @Override
        public Optional<DeskCase> get(String casinoId, String caseId) {
            return store.get(casinoId, caseId);
        }

        @Override
        public Optional<DeskCase> update(String casinoId, String caseId, java.util.function.UnaryOperator<DeskCase> change) {
            if (down) {
                throw new CaseStoreException("the case store took longer than 3000 ms", null);
            }
            return store.update(casinoId, caseId, change);
        }

        @Override
        public List<DeskCase> list(String casinoId, Optional<CaseStatus> status, int limit) {
            return store.list(casinoId, status, limit);
        }

        @Override
        public List<DeskCase> changedSince(Instant since, int limit) {
            return store.changedSince(since, limit);
        }

        @Override
        public Optional<DeskCase> heldThread(String casinoId, String threadId) {
            return store.heldThread(casinoId, threadId);
        }

        @Override
        public int eraseGuest(String casinoId, String guestId) {
            return store.eraseGuest(casinoId, guestId);
        }
    }

    @Test
    void aGuestIsAnsweredByTheAgentWhenTheHostCannotBeReached() {
        Flaky cases = new Flaky(durable.cases());
        agent = Concierges.builder().languageModel(new OfflineLanguageModel(Concierges.keywordRouter())).durable(durable).state(state)
                .cases(cases).buildAgent();
        TurnReply asked = agent.concierge().ask(say(null, "Can I talk to a real person please?"));
        agent.desk().orElseThrow().claim(MARIA, CASINO, cases(Optional.empty()).getFirst().caseId());

        cases.down = true;
        TurnReply answered = agent.concierge().ask(say(asked.threadId(), "Where can I get sushi tonight?"));
        assertEquals(HandledBy.AGENT, answered.handledBy());
        assertTrue(answered.reply().contains("Kaze Sushi"), answered.reply());
    }
}
