package ai.heyseven.core.concierge;

import ai.heyseven.core.graph.CompiledGraph;
import ai.heyseven.core.graph.GraphState;
import ai.heyseven.core.guardrails.PiiRedactor;
import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.casino.CasinoConfig;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnInProgressException;
import ai.heyseven.ports.concierge.TurnRejectedException;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import ai.heyseven.ports.conversation.Checkpoint;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.conversation.TurnClaim;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Concierge} that runs each turn through the concierge graph. */
final class GraphConcierge implements Concierge {
    private static final Logger LOG = LoggerFactory.getLogger(GraphConcierge.class);
    /** A turn takes seconds: a retry this much later finds the running one done. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /**
     * How long a claim holds unless renewed (by each save, and every third of it by the keeper while
     * the turn waits): a turn whose process died frees its conversation within this.
     */
    static final Duration LEASE = Duration.ofSeconds(10);

    private final CompiledGraph<TurnContext> graph;
    private final CasinoConfigSource casinos;
    private final CheckpointStore checkpoints;
    private final CheckpointCodec codec;
    private final Clock clock;
    private final Duration turnTime;
    private final GuestMemory memory;
    private final Telemetry telemetry;
    private final ClaimKeeper keeper;
    private final Optional<TakeOver> takeOver;
    /** One per configured casino: its own numbers (helpline, crisis lines, SMS) are not personal data. */
    private final Map<String, NumbersRedactor> redactors = new ConcurrentHashMap<>();

    GraphConcierge(CompiledGraph<TurnContext> graph, CasinoConfigSource casinos, CheckpointStore checkpoints,
            CheckpointCodec codec, Clock clock, Duration turnTime, GuestMemory memory, Telemetry telemetry,
            Optional<TakeOver> takeOver) {
        this.graph = graph;
        this.casinos = casinos;
        this.checkpoints = checkpoints;
        this.codec = codec;
        this.clock = clock;
        this.turnTime = turnTime;
        this.memory = memory;
        this.telemetry = telemetry;
        this.keeper = new ClaimKeeper(checkpoints, LEASE.dividedBy(3), turnTime.plus(LEASE));
        this.takeOver = takeOver;
    }

    @Override
    public TurnStream open(TurnRequest request) {
        CasinoConfig casino = casinos.find(request.casinoId())
                .orElseThrow(() -> TurnRejectedException.unknownCasino(request.casinoId()));
        String threadId = request.threadId() != null ? request.threadId() : UUID.randomUUID().toString();
        TurnClaim claim = checkpoints.claim(threadId, LEASE)
                .orElseThrow(() -> new TurnInProgressException(threadId, RETRY_AFTER));
        HeldThread thread = new HeldThread(threadId, casino.id(), request.guestId(), claim, checkpoints, codec, keeper);
        keeper.keep(claim);
        try {
            // read only once claimed: the state the turn before this one left, never a state it is still changing
            Optional<Checkpoint> latest = request.threadId() == null ? Optional.empty() : checkpoints.latest(threadId);
            GraphState state = latest.map(checkpoint -> owned(checkpoint, request))
                    .map(codec::decode)
                    .orElseGet(ConciergeState.SCHEMA::initialState);
            PiiRedactor redactor = redactor(casino);
            GraphTurn agent = new GraphTurn(graph, casino, thread, request, state, clock, turnTime, memory, redactor, telemetry);
            Optional<DeskCase> held = latest.isEmpty() ? Optional.empty() : heldBy(casino, threadId);
            return held.<TurnStream>map(byHost -> new HostTurn(casino, thread, request, state, byHost, takeOver.orElseThrow(), redactor,
                    agent)).orElse(agent);
        } catch (RuntimeException e) {
            thread.release();
            throw e;
        }
    }

    /**
     * The case of the host holding the conversation, if one does. Should the case store fail, the
     * agent answers: a guest is never left without an answer because the desk is down.
     */
    private Optional<DeskCase> heldBy(CasinoConfig casino, String threadId) {
        if (takeOver.isEmpty()) {
            return Optional.empty();
        }
        try {
            return takeOver.get().desk().held(casino.id(), threadId);
        } catch (BackendException e) {
            LOG.warn("could not tell whether a host holds {}; the agent answers: {}", threadId, e.getMessage());
            return Optional.empty();
        }
    }

    /** The casino's redactor, built again when its numbers change (a helpline changed without a restart). */
    private PiiRedactor redactor(CasinoConfig casino) {
        List<String> numbers = propertyNumbers(casino);
        NumbersRedactor current = redactors.get(casino.id());
        if (current == null || !current.numbers().equals(numbers)) {
            current = new NumbersRedactor(numbers, PiiRedactor.allowing(numbers));
            redactors.put(casino.id(), current);
        }
        return current.redactor();
    }

    private record NumbersRedactor(List<String> numbers, PiiRedactor redactor) { }

    @Override
    public TurnReply ask(TurnRequest request) {
        return open(request).reply();
    }

    /** A thread belongs to the casino, and the guest, that started it; anyone else learns nothing of it. */
    private static Checkpoint owned(Checkpoint checkpoint, TurnRequest request) {
        if (!checkpoint.casinoId().equals(request.casinoId())
                || !Objects.equals(checkpoint.guestId(), request.guestId())) {
            throw TurnRejectedException.foreignThread();
        }
        return checkpoint;
    }

    private static List<String> propertyNumbers(CasinoConfig casino) {
        List<String> numbers = new ArrayList<>(casino.smsNumbers());
        numbers.add(casino.helpline());
        casino.crisisLines().forEach(line -> numbers.addAll(List.of(line.call(), line.text())));
        numbers.removeIf(String::isEmpty);
        return numbers;
    }
}
