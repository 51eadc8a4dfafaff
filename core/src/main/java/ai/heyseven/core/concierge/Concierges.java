package ai.heyseven.core.concierge;

import ai.heyseven.core.desk.CaseDesk;
import ai.heyseven.core.desk.CaseOpener;
import ai.heyseven.core.desk.GuestTexts;
import ai.heyseven.core.desk.HeldConversations;
import ai.heyseven.core.desk.SmsNumbers;
import ai.heyseven.core.feedback.FeedbackDesk;
import ai.heyseven.core.graph.StateGraph;
import ai.heyseven.core.guardrails.Guardrail;
import ai.heyseven.core.guardrails.Guardrails;
import ai.heyseven.core.knowledge.Ingestion;
import ai.heyseven.core.knowledge.KnowledgeIndex;
import ai.heyseven.core.privacy.GuestErasure;
import ai.heyseven.core.sms.CrossChannelExclusion;
import ai.heyseven.core.sms.SmsLine;
import ai.heyseven.core.sms.SmsSetup;
import ai.heyseven.core.tools.DiningAvailability;
import ai.heyseven.core.tools.HostCallback;
import ai.heyseven.core.tools.ShowTimes;
import ai.heyseven.ports.DurablePorts;
import ai.heyseven.ports.StatePorts;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.comps.CompPolicySource;
import ai.heyseven.ports.comps.PlayerTracking;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.desk.CaseAlerts;
import ai.heyseven.ports.desk.CaseReason;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.model.Embedder;
import ai.heyseven.ports.model.IntentClassifier;
import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.telemetry.Telemetry;
import ai.heyseven.ports.tools.HostCallbacks;
import ai.heyseven.ports.tools.TableAvailability;
import ai.heyseven.ports.tools.Tool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point of the core: assembles a {@link Concierge} from the driven ports.
 *
 * <pre>{@code
 * Concierge concierge = Concierges.builder()
 *         .languageModel(model)
 *         .knowledge(knowledgeStore)
 *         .checkpoints(checkpointStore)
 *         .casinos(casinoConfigSource)
 *         .complianceEvents(complianceEvents)
 *         .build();
 * TurnReply reply = concierge.ask(new TurnRequest("aurora-palms", "Any Italian tonight?", null, null, "req-1"));
 * }</pre>
 *
 * <p>With {@link #changeHashes}, {@link #auditTrail} and {@link #profiles} as well,
 * {@link #buildAgent()} also gives the {@link ai.heyseven.ports.knowledge.KnowledgeUpdates} that
 * the CMS webhook drives, sharing the concierge's index, and the {@link ai.heyseven.ports.guest.GuestData}
 * that erases a guest.
 */
public final class Concierges {
    /** How many knowledge items one question may retrieve. */
    public static final int DEFAULT_MAX_RESULTS = 4;
    /** The default limit on each knowledge write. */
    public static final Duration DEFAULT_KNOWLEDGE_WRITE_TIMEOUT = Duration.ofSeconds(5);
    /** How long a turn has, by default, for all its model calls and tools together. */
    public static final Duration DEFAULT_TURN_TIME = Duration.ofSeconds(60);
    /** Who knowledge changes are recorded as coming from. */
    static final String CMS_ACTOR = "cms-webhook";

    private LanguageModel languageModel;
    private KnowledgeStore knowledge;
    private CheckpointStore checkpoints;
    private CasinoConfigSource casinos;
    private ComplianceEvents complianceEvents;
    private Embedder embedder;
    private Guardrail guardrail = Guardrails.standard();
    private Clock clock = Clock.systemUTC();
    private int recursionLimit = StateGraph.DEFAULT_RECURSION_LIMIT;
    private ChangeHashStore changeHashes;
    private AuditTrail auditTrail;
    private Duration knowledgeWriteTimeout = DEFAULT_KNOWLEDGE_WRITE_TIMEOUT;
    private List<Tool> tools = List.of();
    private HostCallbacks hostCallbacks;
    private TableAvailability tables;
    private GuestProfileStore profiles;
    private int toolDepth = ToolLoop.DEFAULT_MAX_DEPTH;
    private Duration toolTimeout = ToolLoop.DEFAULT_TOOL_TIMEOUT;
    private Duration turnTime = DEFAULT_TURN_TIME;
    private Duration warmUpWait = Duration.ZERO;
    private Telemetry telemetry = Telemetry.NONE;
    private FeedbackStore feedback;
    private GuestExclusions guestExclusions;
    private ConsentLedger consentLedger;
    private StatePorts state;
    private SmsSetup sms;
    private CaseStore cases;
    private CaseAlerts caseAlerts = CaseAlerts.NONE;
    private PlayerTracking playerTracking;
    private CompPolicySource compPolicies;
    /** The numbers of the SMS conversations this agent answered lately, for the cases they open. */
    private final SmsNumbers smsNumbers = new SmsNumbers();

    private Concierges() {
    }

    public static Concierges builder() {
        return new Concierges();
    }

    /** The deterministic keyword router: the fallback when a model cannot route, and an offline model's router. */
    public static IntentClassifier keywordRouter() {
        return new KeywordIntentClassifier();
    }

    public Concierges languageModel(LanguageModel languageModel) {
        this.languageModel = Objects.requireNonNull(languageModel, "languageModel");
        return this;
    }

    public Concierges knowledge(KnowledgeStore knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        return this;
    }

    public Concierges checkpoints(CheckpointStore checkpoints) {
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        return this;
    }

    public Concierges casinos(CasinoConfigSource casinos) {
        this.casinos = Objects.requireNonNull(casinos, "casinos");
        return this;
    }

    /**
     * The embedder for dense retrieval; with it, retrieval is hybrid (BM25 and embeddings fused by
     * Reciprocal Rank Fusion), without it lexical only.
     */
    public Concierges embedder(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        return this;
    }

    /** Where AML, age and responsible-gaming events are recorded. */
    public Concierges complianceEvents(ComplianceEvents complianceEvents) {
        this.complianceEvents = Objects.requireNonNull(complianceEvents, "complianceEvents");
        return this;
    }

    /** The check the compliance gate runs on every message (default: the five standard layers). */
    public Concierges guardrail(Guardrail guardrail) {
        this.guardrail = Objects.requireNonNull(guardrail, "guardrail");
        return this;
    }

    /** The clock that gives each property its local time (default: the system clock). */
    public Concierges clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The most graph steps one turn may take (default {@value StateGraph#DEFAULT_RECURSION_LIMIT}). */
    public Concierges recursionLimit(int recursionLimit) {
        if (recursionLimit < 1) {
            throw new IllegalArgumentException("recursionLimit must be at least 1, got " + recursionLimit);
        }
        this.recursionLimit = recursionLimit;
        return this;
    }

    /**
     * Tools the specialist may call while answering (default none: the answer streams straight
     * from the model). Each tool step is bounded by {@code maxDepth} (default 5), repeats end the
     * loop, and each call has {@code timeout} (default 3 s).
     */
    public Concierges tools(List<Tool> tools, int maxDepth, Duration timeout) {
        if (maxDepth < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the tool depth must be at least 1 and the timeout positive");
        }
        this.tools = List.copyOf(tools);
        this.toolDepth = maxDepth;
        this.toolTimeout = timeout;
        return this;
    }

    /**
     * The hosts' queue: where the {@code host_callback} tool sends a guest's request for a host's
     * call, and where a guest who asks for a person or is escalated for responsible gaming is
     * recorded before being told a host was asked. Without it the tool is not offered and such a
     * guest is sent to the front desk, never promised a host. The {@code show_times} tool, answered
     * from the property's own knowledge, is always offered.
     */
    public Concierges hostCallbacks(HostCallbacks hostCallbacks) {
        this.hostCallbacks = Objects.requireNonNull(hostCallbacks, "hostCallbacks");
        return this;
    }

    /**
     * The host desk's cases: a guest in distress or crisis, a request for a person, a call-back, a
     * compliance event and a rating of 1 or 2 each open one (the hosts' queue, in place of the
     * call-back store), and a host who claims one takes the conversation over. Needs {@link #auditTrail}.
     */
    public Concierges cases(CaseStore cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
        return this;
    }

    /** Told of each new urgent case (responsible gaming, crisis, AML): the casino's outbound webhook (none by default). */
    public Concierges caseAlerts(CaseAlerts caseAlerts) {
        this.caseAlerts = Objects.requireNonNull(caseAlerts, "caseAlerts");
        return this;
    }

    /**
     * The casino's player system and comp policies: a known guest asking for a comp is offered what the
     * policy allows (audited in {@link #auditTrail}, which is needed), and what needs a host's approval
     * opens a {@code comp_approval} case. Without them a guest asking for a comp hears how comps work.
     */
    public Concierges comps(PlayerTracking playerTracking, CompPolicySource compPolicies) {
        this.playerTracking = Objects.requireNonNull(playerTracking, "playerTracking");
        this.compPolicies = Objects.requireNonNull(compPolicies, "compPolicies");
        return this;
    }

    /** Where guests' ratings are kept (needed by {@link #buildAgent()}); an erase removes a guest's. */
    public Concierges feedback(FeedbackStore feedback) {
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        return this;
    }

    /**
     * The reservation system the {@code dining_availability} tool asks for a restaurant's open
     * seatings (without it, the tool is not offered).
     */
    public Concierges tables(TableAvailability tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
        return this;
    }

    /** Where the numbers guests gave are linked to them for exclusions from marketing; an erase removes a guest's. */
    public Concierges guestExclusions(GuestExclusions guestExclusions) {
        this.guestExclusions = Objects.requireNonNull(guestExclusions, "guestExclusions");
        return this;
    }

    /** Where guest profiles are kept: what guests tell the agent is remembered there, and an erase removes it. */
    public Concierges profiles(GuestProfileStore profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        return this;
    }

    /** Where the fingerprint of each ingested item is kept, so a repeated CMS update is skipped. */
    public Concierges changeHashes(ChangeHashStore changeHashes) {
        this.changeHashes = Objects.requireNonNull(changeHashes, "changeHashes");
        return this;
    }

    /** Where knowledge changes are recorded, with who made them. */
    public Concierges auditTrail(AuditTrail auditTrail) {
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
        return this;
    }

    /**
     * Every durable port at once, as one backend provides them (the configuration, knowledge, records,
     * profiles, call-backs, consent ledger, exclusions, ratings, the host desk's cases, the player system and comp policies). With the consent ledger and the
     * exclusions, a guest excluded in one channel is excluded in every channel.
     */
    public Concierges durable(DurablePorts ports) {
        casinos(ports.casinoConfigs());
        knowledge(ports.knowledge());
        changeHashes(ports.changeHashes());
        auditTrail(ports.auditTrail());
        complianceEvents(ports.complianceEvents());
        profiles(ports.guestProfiles());
        hostCallbacks(ports.hostCallbacks());
        guestExclusions(ports.guestExclusions());
        feedback(ports.feedback());
        cases(ports.cases());
        comps(ports.playerTracking(), ports.compPolicies());
        this.consentLedger = ports.consentLedger();
        return this;
    }

    /** Every state port at once, as one backend provides them: the conversations, and the SMS channel's queue and limits. */
    public Concierges state(StatePorts ports) {
        checkpoints(ports.checkpoints());
        this.state = Objects.requireNonNull(ports, "state");
        return this;
    }

    /**
     * The SMS channel, on the state's queue (so {@link #state} and {@link #durable} are needed):
     * {@link Agent#smsInbound()} takes the carrier's deliveries, {@link Agent#casinoSms()} the
     * operator's messages, and a worker answers guests' texts until the agent is closed.
     */
    public Concierges sms(SmsSetup sms) {
        this.sms = Objects.requireNonNull(sms, "sms");
        return this;
    }

    /**
     * How long one turn has in all: every model request carries the time left, so a call's retries
     * and the tool loop stop in time (the caller's own turn timeout should be the same).
     */
    public Concierges turnTime(Duration turnTime) {
        if (turnTime.isNegative() || turnTime.isZero()) {
            throw new IllegalArgumentException("turnTime must be positive, got " + turnTime);
        }
        this.turnTime = turnTime;
        return this;
    }

    /**
     * How long building may wait, at most, for the knowledge's embeddings when the embedder fails or
     * is slow at first (a loaded machine); past it the index serves by words and embeds again later.
     * None by default.
     */
    public Concierges warmUpWait(Duration warmUpWait) {
        if (warmUpWait.isNegative()) {
            throw new IllegalArgumentException("warmUpWait must not be negative, got " + warmUpWait);
        }
        this.warmUpWait = warmUpWait;
        return this;
    }

    /** Where each turn's spans and measurements go (none by default). */
    public Concierges telemetry(Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        return this;
    }

    /** The limit on each store call of a knowledge change (default 5 s). */
    public Concierges knowledgeWriteTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("knowledgeWriteTimeout must be positive, got " + timeout);
        }
        this.knowledgeWriteTimeout = timeout;
        return this;
    }

    /**
     * Builds the concierge and the knowledge updates that share its index, and indexes every
     * configured casino's knowledge now.
     *
     * @throws IllegalStateException when a port is missing
     */
    public Agent buildAgent() {
        require(changeHashes, "changeHashes");
        require(auditTrail, "auditTrail");
        require(profiles, "profiles");
        require(feedback, "feedback");
        Optional<CrossChannelExclusion> exclusion = crossChannelExclusion();
        KnowledgeIndex index = index();
        Concierge concierge = concierge(index, exclusion.map(linked -> linked.recording(complianceEvents)).orElse(complianceEvents));
        Optional<SmsLine> line = smsLine(concierge).map(built -> exclusion.map(linked -> built.withCasinoSms(linked::linking)).orElse(built));
        return new Agent(concierge,
                new Ingestion(knowledge, changeHashes, auditTrail, index, casinos, clock, knowledgeWriteTimeout, CMS_ACTOR),
                new GuestErasure(casinos, checkpoints, profiles, Optional.ofNullable(hostCallbacks), Optional.ofNullable(cases), feedback,
                        Optional.ofNullable(guestExclusions), auditTrail, clock),
                new FeedbackDesk(checkpoints, feedback, telemetry, clock, caseOpener()), line, hostDesk());
    }

    /** Opens the hosts' cases, when there is a case store (and an audit trail to record each opening in). */
    private Optional<CaseOpener> caseOpener() {
        if (cases == null) {
            return Optional.empty();
        }
        require(auditTrail, "auditTrail");
        return Optional.of(new CaseOpener(cases, checkpoints, Optional.ofNullable(profiles), auditTrail, smsNumbers, caseAlerts, telemetry,
                clock));
    }

    private Optional<HostDesk> hostDesk() {
        if (cases == null) {
            return Optional.empty();
        }
        GuestTexts texts = Optional.ofNullable(sms).filter(setup -> state != null && consentLedger != null)
                .flatMap(setup -> setup.hostTexts(state, casinos, consentLedger))
                .<GuestTexts>map(host -> host)
                .orElse(GuestTexts.NONE);
        return Optional.of(new CaseDesk(cases, checkpoints, auditTrail, texts, clock));
    }

    /** A self-exclusion in web chat reaches the numbers the guest gave, and a number linked later. */
    private Optional<CrossChannelExclusion> crossChannelExclusion() {
        if (guestExclusions == null || consentLedger == null) {
            return Optional.empty();
        }
        require(casinos, "casinos");
        return Optional.of(new CrossChannelExclusion(guestExclusions, consentLedger, casinos, clock));
    }

    private Optional<SmsLine> smsLine(Concierge concierge) {
        if (sms == null) {
            return Optional.empty();
        }
        require(state, "state");
        require(consentLedger, "durable");
        return Optional.of(sms.open(state, casinos, consentLedger, auditTrail, concierge, smsNumbers::remember, clock));
    }

    /**
     * Builds the concierge and indexes every configured casino's knowledge now, so no guest waits
     * for it.
     *
     * @throws IllegalStateException when a port is missing
     */
    public Concierge build() {
        return concierge(index(), complianceEvents);
    }

    private KnowledgeIndex index() {
        require(languageModel, "languageModel");
        require(knowledge, "knowledge");
        require(checkpoints, "checkpoints");
        require(casinos, "casinos");
        require(complianceEvents, "complianceEvents");
        KnowledgeIndex index = new KnowledgeIndex(knowledge, embedder, DEFAULT_MAX_RESULTS);
        long deadline = System.nanoTime() + warmUpWait.toNanos();
        casinos.all().forEach(casino -> index.warm(casino.id(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))));
        return index;
    }

    private Concierge concierge(KnowledgeIndex index, ComplianceEvents events) {
        Optional<CaseOpener> opener = caseOpener();
        GuestMemory memory = new GuestMemory(Optional.ofNullable(profiles), clock);
        return new GraphConcierge(ConciergeGraph.compile(languageModel, keywordRouter(), index, guardrail, events,
                clock, recursionLimit, new ToolLoop(allTools(index, opener), toolDepth, toolTimeout, telemetry),
                new HostHandOff(opener, Optional.ofNullable(hostCallbacks), clock),
                new CompSources(Optional.ofNullable(playerTracking), Optional.ofNullable(compPolicies), Optional.ofNullable(auditTrail),
                        Optional.ofNullable(guestExclusions)), memory),
                casinos, checkpoints, new CheckpointCodec(index), clock, turnTime, memory, telemetry,
                Optional.ofNullable(cases).map(store -> new TakeOver(new HeldConversations(store, clock), guardrail, events, clock)));
    }

    private List<Tool> allTools(KnowledgeIndex index, Optional<CaseOpener> opener) {
        List<Tool> all = new java.util.ArrayList<>(tools);
        all.add(new ShowTimes(index));
        if (opener.isPresent()) {
            all.add(new HostCallback(request -> opener.get().recordFromConversation(request.casinoId(), request.threadId(),
                    request.guestId(), CaseReason.CALLBACK, request.topic()).caseId(), clock));
        } else if (hostCallbacks != null) {
            all.add(new HostCallback(hostCallbacks, clock));
        }
        if (tables != null) {
            all.add(new DiningAvailability(index, tables));
        }
        return all;
    }

    private static void require(Object port, String name) {
        if (port == null) {
            throw new IllegalStateException("Concierges.builder() needs " + name + "(...) before build()");
        }
    }
}
