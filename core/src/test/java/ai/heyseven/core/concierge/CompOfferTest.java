package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.InMemoryAuditTrail;
import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.concierge.GuardrailLayer;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.guest.GuestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Comps within policy over the real in-memory stores, the sample player data and comp policy of
 * aurora-palms (Gold 400 ADT, Platinum 900, Bronze 40; approval above $300; anniversary ×1.25) and the
 * offline model.
 */
class CompOfferTest {
    private static final String CASINO = "aurora-palms";
    private static final String ANNIVERSARY_ROOM = "any chance of a comp on my room? it's our anniversary";
    private static final Pattern MONEY = Pattern.compile("\\$(\\d+)");

    private final DurablePorts durable = LocalBackends.durable(PropertyFiles.bundled(), "test").ports();
    private final StatePorts state = LocalBackends.state(new StatePorts.Limits(Duration.ofHours(1), 50, 100, 100, 100), 1_000,
            Duration.ofHours(1)).ports();
    private final Agent agent = Concierges.builder().languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
            .durable(durable).state(state).buildAgent();

    @AfterEach
    void close() {
        agent.close();
    }

    private TurnReply ask(String guest, String thread, String message) {
        return agent.concierge().ask(new TurnRequest(CASINO, message, thread, guest, "req-" + System.nanoTime()));
    }

    private static List<String> amounts(String reply) {
        Matcher money = MONEY.matcher(reply);
        List<String> found = new java.util.ArrayList<>();
        while (money.find()) {
            found.add(money.group(1));
        }
        return found;
    }

    private List<AuditEntry> audited(String action) {
        return ((InMemoryAuditTrail) durable.auditTrail()).entries().stream().filter(entry -> entry.action().equals(action)).toList();
    }

    private List<DeskCase> compCases() {
        return durable.cases().list(CASINO, Optional.empty(), 50).stream().filter(found -> found.reason() == CaseReason.COMP_APPROVAL).toList();
    }

    @Test
    void aGoldGuestsAnniversaryRoomIsOfferedWhatTheGoldPolicyAllowsAndNothingMore() {
        TurnReply reply = ask("guest-gold", null, ANNIVERSARY_ROOM);

        assertTrue(reply.reply().contains("Gold") && reply.reply().contains("anniversary"), reply.reply());
        assertEquals(List.of("250"), amounts(reply.reply()), "200 × 1.25 for the room, no other amount: " + reply.reply());
        assertEquals(List.of(), compCases(), "within the approval limit no host is asked");
        AuditEntry offered = audited("comp.offered").getFirst();
        assertEquals("room_night:250", offered.subject());
        assertEquals("guest:" + GuestData.guestKey(CASINO, "guest-gold"), offered.actor(), "the guest's hash, never the id");
    }

    @Test
    void aRequestAboveTheApprovalAmountOpensACompApprovalCaseAndSaysAHostWillConfirm() {
        TurnReply reply = ask("guest-gold", null, "Could you comp $500 on my room for our anniversary?");

        assertTrue(reply.reply().contains("a host, who will confirm"), reply.reply());
        assertEquals(List.of("250", "300"), amounts(reply.reply()), "the policy's $250 now, the $300 limit; never the $500: " + reply.reply());
        DeskCase opened = compCases().getFirst();
        assertEquals(reply.threadId(), opened.threadId());
        assertEquals(Optional.of("guest-gold"), opened.guestId());
        assertEquals(List.of("requested:500"), audited("comp.approval_requested").stream().map(AuditEntry::subject).toList());
        assertTrue(opened.briefing().wants().contains("requested:500") && opened.briefing().wants().contains("room_night:250"),
                "the host sees what was asked and what was offered: " + opened.briefing().wants());
        assertEquals(List.of("room_night:250"), audited("comp.offered").stream().map(AuditEntry::subject).toList());
    }

    @Test
    void anOccasionMentionedEarlierInTheConversationStillCounts() {
        TurnReply first = ask("guest-gold", null, "We're celebrating our anniversary this weekend, where should we have dinner?");
        TurnReply request = ask("guest-gold", first.threadId(), "Can I get a comp on my room?");

        assertEquals(List.of("250"), amounts(request.reply()), "the anniversary said a turn ago: " + request.reply());
        assertTrue(request.reply().contains("anniversary"), request.reply());
    }

    @Test
    void withoutAnOccasionTheGoldRoomIsThePolicysPlainAmount() {
        TurnReply request = ask("guest-gold", null, "Can I get a comp on my room?");

        assertEquals(List.of("200"), amounts(request.reply()), request.reply());
    }

    @Test
    void whenTheCaseCannotBeWrittenTheGuestIsNotToldAHostWillConfirm() {
        DurablePorts down = new DurablePorts(durable.casinoConfigs(), durable.knowledge(), durable.changeHashes(), durable.auditTrail(),
                durable.complianceEvents(), durable.guestProfiles(), durable.hostCallbacks(), durable.consentLedger(),
                durable.guestExclusions(), durable.feedback(), new UnwritableCases(durable.cases()), durable.playerTracking(),
                durable.compPolicies());
        try (Agent failing = Concierges.builder().languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .durable(down).state(state).buildAgent()) {
            TurnReply reply = failing.concierge().ask(new TurnRequest(CASINO, "Can I get a comp on my room?", null, "guest-platinum", "req-down"));

            assertTrue(reply.reply().contains("needs a host's approval"), reply.reply());
            assertFalse(reply.reply().contains("will confirm"), "no promise of a host the desk never heard of: " + reply.reply());
            assertTrue(reply.reply().contains("front desk"), reply.reply());
            assertEquals(List.of(), compCases());
        }
    }

    /** The real store, but every new case fails as Firestore past its deadline does. */
    private record UnwritableCases(ai.heyseven.ports.desk.CaseStore store) implements ai.heyseven.ports.desk.CaseStore {
        @Override
        public boolean create(DeskCase newCase) {
            throw new ai.heyseven.ports.desk.CaseStoreException("the case store took longer than 3000 ms", null);
        }

        @Override
        public Optional<DeskCase> get(String casinoId, String caseId) {
            return store.get(casinoId, caseId);
        }

        @Override
        public Optional<DeskCase> update(String casinoId, String caseId, java.util.function.UnaryOperator<DeskCase> change) {
            return store.update(casinoId, caseId, change);
        }

        @Override
        public List<DeskCase> list(String casinoId, Optional<ai.heyseven.ports.desk.CaseStatus> status, int limit) {
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
    void aPlatinumRoomAboveTheApprovalLimitIsLeftToAHost() {
        TurnReply reply = ask("guest-platinum", null, "Can I get a comp on my room?");

        assertTrue(reply.reply().contains("needs a host's approval") && reply.reply().contains("$450"), reply.reply());
        assertFalse(reply.reply().contains("lets me offer"), "nothing above the limit is offered outright: " + reply.reply());
        assertEquals(1, compCases().size());
        assertEquals(List.of(), audited("comp.offered"));
    }

    @Test
    void afterLosingTheRentMoneyTheSameGuestIsOfferedNothing() {
        TurnReply first = ask("guest-gold", null, "Which restaurants are open tonight?");
        TurnReply distress = ask("guest-gold", first.threadId(), "I lost my rent money tonight");
        TurnReply request = ask("guest-gold", first.threadId(), ANNIVERSARY_ROOM);

        assertEquals(GuardrailLayer.RESPONSIBLE_GAMING, distress.guardrail());
        assertEquals(List.of(), amounts(request.reply()), request.reply());
        assertTrue(request.reply().contains("not able to arrange comps"), request.reply());
        assertEquals(List.of(), audited("comp.offered"));
        assertEquals(List.of(), compCases());
    }

    @Test
    void aGuestExcludedFromMarketingIsOfferedNothingInANewConversation() {
        durable.guestExclusions().exclude(CASINO, GuestData.guestKey(CASINO, "guest-gold"), Instant.now());

        TurnReply request = ask("guest-gold", null, ANNIVERSARY_ROOM);

        assertEquals(List.of(), amounts(request.reply()), request.reply());
        assertEquals(List.of(), audited("comp.offered"));
    }

    @Test
    void aGuestShowingSignsOfBeingUnder21IsOfferedNothing() {
        TurnReply first = ask("guest-gold", null, "I'm 19 and here with my parents");
        TurnReply request = ask("guest-gold", first.threadId(), "Can I get a comp on dinner?");

        assertEquals(List.of(), amounts(request.reply()), request.reply());
        assertEquals(List.of(), audited("comp.offered"));
    }

    @Test
    void anAnonymousGuestAndAnUnknownOneAreToldHowCompsWorkAndOfferedAHost() {
        TurnReply anonymous = ask(null, null, ANNIVERSARY_ROOM);
        TurnReply unknown = ask("guest-nobody", null, ANNIVERSARY_ROOM);

        assertTrue(anonymous.reply().contains("earned from rated play") && anonymous.reply().contains("Hosts review play"),
                "the casino's own knowledge answers: " + anonymous.reply());
        assertTrue(anonymous.sources().stream().anyMatch(source -> source.id().equals("how-comps-work")), anonymous.sources().toString());
        assertTrue(unknown.reply().contains("couldn't find a player's club account"), unknown.reply());
        assertEquals(List.of(), amounts(anonymous.reply()) );
        assertEquals(List.of(), audited("comp.offered"));
    }

    @Test
    void aSpanishRequestIsAnsweredInSpanishWithinThePolicy() {
        TurnReply reply = ask("guest-gold", null, "¿Me pueden dar una cortesía en la habitación? Es nuestro aniversario");

        assertTrue(reply.reply().contains("aniversario") && reply.reply().contains("crédito de habitación"), reply.reply());
        assertEquals(List.of("250"), amounts(reply.reply()));
    }

    @Test
    void portugueseAndChineseRequestsAreAnsweredInTheirLanguageWithinThePolicy() {
        TurnReply portuguese = ask("guest-gold", null, "Vocês podem me dar uma cortesia no quarto? É nosso aniversário de casamento");
        TurnReply chinese = ask("guest-gold", null, "能不能免费送我们一晚房间？今天是我们的结婚纪念日");

        assertTrue(portuguese.reply().contains("crédito de hospedagem") && portuguese.reply().contains("aniversário de casamento"),
                portuguese.reply());
        assertEquals(List.of("250"), amounts(portuguese.reply()));
        assertTrue(chinese.reply().contains("房费抵扣") && chinese.reply().contains("纪念日"), chinese.reply());
        assertEquals(List.of("250"), amounts(chinese.reply()));
    }

    @Test
    void aBronzeGuestAskingForARoomHearsTheirTierDoesNotIncludeIt() {
        TurnReply reply = ask("guest-bronze", null, ANNIVERSARY_ROOM);

        assertTrue(reply.reply().contains("Bronze tier doesn't include"), reply.reply());
        assertEquals(List.of(), amounts(reply.reply()));
    }

    @Test
    void aLaterModelAnswerNamingAnotherCompAmountBreaksTheResponsePolicy() {
        assertTrue(ai.heyseven.core.guardrails.ResponsePolicy.violation("I can add a $400 room credit for you.", List.of(250L, 300L))
                .isPresent());
        assertTrue(ai.heyseven.core.guardrails.ResponsePolicy.violation("A room credit of up to $250 is yours to use.", List.of(250L, 300L))
                .isEmpty());
        assertTrue(ai.heyseven.core.guardrails.ResponsePolicy.violation("Rooms start at $189 a night.", List.of()).isEmpty(),
                "a price is not a comp");
    }
}
