package ai.heyseven.core.concierge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.heyseven.adapter.local.LocalBackends;
import ai.heyseven.adapter.local.OfflineLanguageModel;
import ai.heyseven.adapter.local.PropertyFiles;
import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.concierge.Tone;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.DeskCase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guest's tone over the real in-memory stores and the offline model: acknowledged, and a frustrated case when it lasts. */
class ToneTest {
    private static final String CASINO = "aurora-palms";

    private final DurablePorts durable = LocalBackends.durable(PropertyFiles.bundled(), "test").ports();
    private final StatePorts state = LocalBackends.state(new StatePorts.Limits(Duration.ofHours(1), 50, 100, 100, 100), 1_000,
            Duration.ofHours(1)).ports();
    private final List<Agent> agents = new java.util.ArrayList<>();

    private Agent agent() {
        Agent agent = Concierges.builder().languageModel(new OfflineLanguageModel(Concierges.keywordRouter()))
                .durable(durable).state(state).buildAgent();
        agents.add(agent);
        return agent;
    }

    @AfterEach
    void close() {
        agents.forEach(Agent::close);
    }

    private static TurnRequest say(String thread, String message) {
        return new TurnRequest(CASINO, message, thread, "guest-9", "req-" + message.hashCode());
    }

    private List<DeskCase> cases() {
        return durable.cases().list(CASINO, Optional.empty(), 50);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "This is ridiculous, I already asked about the pool|FRUSTRATED",
            "Esto es ridículo, ya te lo dije dos veces|FRUSTRATED",
            "Isso é uma perda de tempo, ninguém responde|FRUSTRATED",
            "我已经问过了，真是浪费时间|FRUSTRATED",
            "I'm furious, worst service ever|ANGRY",
            "WHERE IS MY ROOM KEY, NOBODY IS AT THE DESK|ANGRY",
            "Estoy furioso con el servicio|ANGRY",
            "Estou com raiva, que nojo|ANGRY",
            "气死我了|ANGRY",
            "Oh great, another closed restaurant. Thanks for nothing|SARCASTIC",
            "Sí, claro, muchísima ayuda, eh|SARCASTIC",
            "Obrigado por nada|SARCASTIC",
            "你可真有用啊|SARCASTIC",
            "My father passed away last week, we're here for a quiet weekend|GRIEVING",
            "Mi madre falleció y venimos a descansar|GRIEVING",
            "Meu pai faleceu, estamos de luto|GRIEVING",
            "我父亲刚去世|GRIEVING",
            "Where can I get sushi tonight?|NEUTRAL",
            "Hell's Kitchen style steak for two?|NEUTRAL",
            "¿Dónde puedo cenar esta noche?|NEUTRAL",
            "Can we check in again tomorrow after the show?|NEUTRAL",
            "This steak is damn good, where else can we eat?|NEUTRAL",
            "¿Les molesta el humo a los niños en el casino?|NEUTRAL",
            "WE WON!!! Where do we celebrate?|NEUTRAL"})
    void readsTheToneInFourLanguages(String message, Tone expected) {
        assertEquals(expected, ToneReading.read(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I want to make a complaint", "This is unacceptable.", "Quiero poner una queja",
            "Esto es inaceptable", "Quero fazer uma reclamação", "Isso é inaceitável", "我要投诉"})
    void readsAnExplicitComplaintInFourLanguages(String message) {
        assertTrue(ToneReading.complains(message), message);
    }

    @Test
    void oneFrustratedTurnIsAcknowledgedAndTheSecondInARowOpensAFrustratedCase() {
        Agent agent = agent();
        TurnReply first = agent.concierge().ask(say(null, "This is ridiculous, where is the pool? I already asked"));
        assertTrue(Fixtures.body(first.reply()).startsWith("I'm sorry this has been frustrating."), first.reply());
        assertEquals(List.of(), cases(), "one frustrated turn is answered, not escalated");

        TurnReply second = agent.concierge().ask(say(first.threadId(), "Still waiting, this is useless"));
        List<DeskCase> opened = cases();
        assertEquals(1, opened.size());
        assertEquals(CaseReason.FRUSTRATED, opened.getFirst().reason());
        assertEquals(first.threadId(), opened.getFirst().threadId());
        assertTrue(second.reply().contains("I've asked a host at") && second.reply().contains("follow up"), second.reply());
    }

    @Test
    void aCalmTurnBetweenTwoFrustratedOnesOpensNoCase() {
        Agent agent = agent();
        TurnReply first = agent.concierge().ask(say(null, "This is ridiculous, where is the pool?"));
        agent.concierge().ask(say(first.threadId(), "Where can I get sushi tonight?"));
        TurnReply third = agent.concierge().ask(say(first.threadId(), "Ugh, useless, the spa hours?"));

        assertEquals(List.of(), cases());
        assertTrue(Fixtures.body(third.reply()).startsWith("I'm sorry this has been frustrating."), third.reply());
    }

    @Test
    void twoInARowHoldAcrossInstancesThroughTheCheckpoint() {
        TurnReply first = agent().concierge().ask(say(null, "Esto es ridículo, ¿dónde está la piscina?"));
        TurnReply second = agent().concierge().ask(say(first.threadId(), "Nadie contesta, esto es inútil"));

        assertEquals(List.of(CaseReason.FRUSTRATED), cases().stream().map(DeskCase::reason).toList());
        assertTrue(Fixtures.body(second.reply()).startsWith("Lamento que esto haya sido frustrante."), second.reply());
    }

    @Test
    void anExplicitComplaintOpensAFrustratedCaseAtOnce() {
        TurnReply reply = agent().concierge().ask(say(null, "I want to make a complaint about my room"));

        assertEquals(List.of(CaseReason.FRUSTRATED), cases().stream().map(DeskCase::reason).toList());
        assertTrue(reply.reply().contains("follow up with you personally"), reply.reply());
    }

    @Test
    void theModelsVerdictReadsSarcasmThePhrasesMissAndAsksNoQuestion() {
        ScriptedModel model = new ScriptedModel();
        model.routeTone = Tone.SARCASTIC;
        Agent agent = Concierges.builder().languageModel(model).durable(durable).state(state).buildAgent();
        agents.add(agent);
        TurnReply reply = agent.concierge().ask(say(null, "Lovely, the pool is closed again. Where else can we swim?"));

        assertTrue(Fixtures.body(reply.reply()).startsWith("I'm sorry this has been frustrating."), reply.reply());
        assertTrue(model.requests.stream().noneMatch(request -> request.role() == ai.heyseven.ports.model.ModelRole.WHISPER),
                "an upset guest is asked no further question");
        var specialist = model.requests.stream().filter(request -> request.role() == ai.heyseven.ports.model.ModelRole.MAIN).toList();
        assertFalse(specialist.isEmpty());
        assertTrue(specialist.stream().allMatch(request -> request.instructions().contains("do not apologise again")),
                "the specialist is told to be brief");
    }

    @Test
    void aComplaintThatCannotBeRecordedPromisesNoHost() {
        // the real in-memory store, except that writing a new case fails as a timed-out backend would
        ai.heyseven.ports.desk.CaseStore real = durable.cases();
        ai.heyseven.ports.desk.CaseStore failing = (ai.heyseven.ports.desk.CaseStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ai.heyseven.ports.desk.CaseStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("create")) {
                        throw new ai.heyseven.ports.desk.CaseStoreException("the case store took longer than 3000 ms", null);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Agent agent = Concierges.builder().languageModel(new OfflineLanguageModel(Concierges.keywordRouter())).durable(durable).state(state)
                .cases(failing).buildAgent();
        agents.add(agent);

        TurnReply reply = agent.concierge().ask(say(null, "This is unacceptable, I want to complain"));

        assertFalse(reply.reply().contains("I've asked a host"), reply.reply());
        assertTrue(reply.reply().contains("front desk"), reply.reply());
        assertEquals(List.of(), cases());
    }

    @Test
    void aGrievingGuestGetsCondolenceAndNoPromotion() {
        TurnReply reply = agent().concierge().ask(say(null, "My mother passed away, any promotions or deals for a quiet weekend?"));

        assertTrue(Fixtures.body(reply.reply()).startsWith("I'm so sorry for your loss."), reply.reply());
        assertFalse(reply.intent() == ai.heyseven.ports.concierge.Intent.PROMOTIONS, "no sales to a grieving guest");
        assertEquals(List.of(), cases());
    }
}
