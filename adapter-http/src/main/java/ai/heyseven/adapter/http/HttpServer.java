package ai.heyseven.adapter.http;

import ai.heyseven.ports.BackendException;
import ai.heyseven.ports.concierge.Problem;
import ai.heyseven.ports.ratelimit.RateLimiter;
import ai.heyseven.ports.telemetry.Measurement;
import ai.heyseven.ports.telemetry.Telemetry;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hey Seven HTTP server. Build it with the driving port and the health checks, start it, mark it
 * ready when start-up is complete:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.start(settings, new DrivingPorts(concierge, knowledgeUpdates, guestData, smsInbound),
 *         rateLimiter, HealthSources.of(checks),
 *         new BuildInfo("0.1.0", "abc123"));
 * server.markReady(true);
 * }</pre>
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    /** The API's description, docs/openapi.yaml, packaged into the jar by the build. */
    private static final String OPENAPI = PageAssets.resource("/heyseven/openapi.yaml");

    /** Time for the turns ended by the drain to be told so and closed: a stop takes up to the drain plus this. */
    public static final Duration DRAIN_GRACE = Duration.ofSeconds(2);
    /**
     * Connections the kernel may hold for the acceptor (capped by {@code net.core.somaxconn}). Java's
     * default is 50: guests arriving together — a rush, or every stream reconnecting after a deploy —
     * overflowed it and waited out connect time-outs (hundreds at 9,000 guests in the load harness).
     */
    static final int ACCEPT_QUEUE = 4_096;
    /**
     * No per-connection cache of parsed header fields: Jetty's (1,024 by default) is a trie of 96 KB
     * on every connection, about half of what an open stream cost the heap in the load harness, to
     * save parsing the few headers an API call carries.
     */
    static final int HEADER_CACHE = 0;
    /** How often the desk's live feed looks for changed cases (one look per watched casino, whatever the streams open). */
    static final Duration DESK_POLL = Duration.ofSeconds(1);
    /** How often the lag probe's sleepers wake: often enough to see an overload within a tenth of a second, for next to no CPU. */
    static final Duration LAG_PROBE_INTERVAL = Duration.ofMillis(100);

    private final Javalin javalin;
    private final HealthRoutes health;
    private final Drain drain;
    private final ChatRoute chat;
    private final Optional<DeskFeed> deskFeed;
    private final LagProbe lagProbe;
    private final TurnWatches watches;
    private final AdmissionGate admission;

    private HttpServer(Javalin javalin, HealthRoutes health, Drain drain, ChatRoute chat, Optional<DeskFeed> deskFeed, LagProbe lagProbe,
            TurnWatches watches, AdmissionGate admission) {
        this.javalin = javalin;
        this.lagProbe = lagProbe;
        this.watches = watches;
        this.admission = admission;
        this.health = health;
        this.drain = drain;
        this.chat = chat;
        this.deskFeed = deskFeed;
    }

    /** Starts listening; {@code /health} answers 503 until {@link #markReady(boolean)}. */
    public static HttpServer start(HttpSettings settings, DrivingPorts ports, RateLimiter rateLimiter, HealthSources health,
            BuildInfo build) {
        return start(settings, ports, rateLimiter, health, build, Monitoring.none());
    }

    /** Starts listening, reporting every request to {@code monitoring}; {@code /metrics} shows its text. */
    public static HttpServer start(HttpSettings settings, DrivingPorts ports, RateLimiter rateLimiter, HealthSources health,
            BuildInfo build, Monitoring monitoring) {
        Telemetry telemetry = monitoring.telemetry();
        RequestLog requests = new RequestLog(telemetry);
        HealthRoutes healthRoutes = new HealthRoutes(health, build);
        PageTokens pageTokens = new PageTokens(settings.page().tokenSecret(), settings.page().tokenLifetime(), Clock.systemUTC());
        PageRoutes page = new PageRoutes(settings.page(), pageTokens);
        PageAssets assets = new PageAssets();
        Authentication auth = new Authentication(settings.apiKeys(), pageTokens);
        StaffAccess staff = settings.staff();
        SignedValue staffSigner = new SignedValue(staff.sessionSecret());
        StaffSessions sessions = new StaffSessions(staffSigner, staff.secureCookies(), Clock.systemUTC());
        StaffAuthentication staffAuth = new StaffAuthentication(staff.keys(), settings.apiKeys(), pageTokens, sessions);
        DeskSignInRoutes signIn = new DeskSignInRoutes(staff.oidc().map(OidcSignIn::new), staffSigner, sessions, staff.secureCookies(),
                Clock.systemUTC());
        RateLimiting limits = new RateLimiting(rateLimiter, settings.trustProxy(), telemetry);
        Drain drain = new Drain();
        LagProbe lagProbe = LagProbe.start(LAG_PROBE_INTERVAL);
        AdmissionGate admission = new AdmissionGate(settings.admission(), lagProbe::lagNanos, telemetry);
        TurnWatches watches = TurnWatches.start(settings.heartbeat(), drain);
        ChatRoute chat = new ChatRoute(ports.concierge(), settings.turnTimeout(), watches, drain, admission);
        CmsWebhookRoute cms = new CmsWebhookRoute(ports.knowledgeUpdates(), settings.cmsSecret());
        CaseRoutes cases = new CaseRoutes(ports.desk().map(DeskPorts::desk));
        Optional<DeskFeed> deskFeed = ports.desk().map(desk -> new DeskFeed(desk.desk(), DESK_POLL, Clock.systemUTC()));
        ComplianceRoutes compliance = new ComplianceRoutes(ports.desk());
        AdminItemRoutes adminItems = new AdminItemRoutes(ports.knowledgeUpdates());
        DeskStreams deskStreams = new DeskStreams(cases, deskFeed, settings.heartbeat(), drain, Clock.systemUTC());
        if (settings.cmsSecret().isEmpty()) {
            LOG.warn("HEYSEVEN_CMS_SECRET is not set: POST /v1/webhooks/cms refuses every call");
        }
        if (settings.telnyx().isEmpty()) {
            LOG.info("TELNYX_PUBLIC_KEY is not set: POST /v1/webhooks/sms refuses every call (SMS is off)");
        }
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyServer(HttpServer::deepenAcceptQueues);
            JettyProblems jettyProblems = new JettyProblems();
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyProblems));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyProblems));
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(HEADER_CACHE));
            config.routes.before(requests::begin);
            config.routes.after(requests::end);
            config.routes.before("/v1/*", ctx -> {
                if (drain.draining()) {
                    telemetry.record(new Measurement.Rejected("draining"));
                    throw HttpProblem.draining();
                }
            });
            config.routes.beforeMatched(new AccessCheck(auth, staffAuth, limits));
            // every route declares its Access here, beside its path (Access, AccessCheck): nothing else decides who may call it
            config.routes.get("/", page::index, Access.PUBLIC);
            config.routes.get("/page/chat.js", assets::script, Access.PUBLIC);
            config.routes.get("/page/chat.css", assets::style, Access.PUBLIC);
            config.routes.get("/c/{casino_id}", page::pinned, Access.PUBLIC);
            config.routes.get("/widget.js", assets::widget, Access.PUBLIC);
            config.routes.get("/favicon.ico", assets::favicon, Access.PUBLIC);
            DeskAssets desk = new DeskAssets();
            config.routes.get("/desk", desk::page, Access.PUBLIC);
            config.routes.get("/desk/desk.js", desk::script, Access.PUBLIC);
            config.routes.get("/desk/desk.css", desk::style, Access.PUBLIC);
            config.routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(OPENAPI), Access.PUBLIC);
            config.routes.post("/v1/chat/token", page::token, Access.PAGE_ORIGIN);
            config.routes.post("/v1/chat", chat, Access.PAGE_TOKEN_OR_API_KEY);
            config.routes.post("/v1/feedback", new FeedbackRoute(ports.feedback()), Access.PAGE_TOKEN_OR_API_KEY);
            config.routes.post("/v1/webhooks/cms", cms, Access.SIGNED);
            config.routes.post("/v1/webhooks/sms", new SmsWebhookRoute(ports.sms(), settings.telnyx(), admission), Access.SIGNED);
            config.routes.delete("/v1/casinos/{casino_id}/guests/{guest_id}", new GuestErasureRoute(ports.guests()), Access.API_KEY);
            CasinoSmsRoutes operatorSms = new CasinoSmsRoutes(ports.casinoSms());
            config.routes.post("/v1/casinos/{casino_id}/consents", operatorSms::consent, Access.API_KEY);
            config.routes.post("/v1/casinos/{casino_id}/sms", operatorSms::send, Access.API_KEY);
            config.routes.get("/desk/login", signIn::login, Access.PAGE_ORIGIN);
            config.routes.get("/desk/callback", signIn::callback, Access.PAGE_ORIGIN);
            config.routes.post("/desk/logout", signIn::logout, Access.PUBLIC);
            config.routes.get("/v1/staff/me", signIn::me, Access.STAFF);
            config.routes.get("/v1/casinos/{casino_id}/cases", cases::list, Access.STAFF);
            config.routes.get("/v1/casinos/{casino_id}/cases/events", deskStreams::queue, Access.STAFF);
            config.routes.get("/v1/casinos/{casino_id}/cases/{case_id}", cases::get, Access.STAFF);
            config.routes.post("/v1/casinos/{casino_id}/cases/{case_id}/claim", cases::claim, Access.STAFF);
            config.routes.post("/v1/casinos/{casino_id}/cases/{case_id}/messages", cases::message, Access.STAFF);
            config.routes.post("/v1/casinos/{casino_id}/cases/{case_id}/release", cases::release, Access.STAFF);
            config.routes.post("/v1/casinos/{casino_id}/cases/{case_id}/resolve", cases::resolve, Access.STAFF);
            config.routes.get("/v1/threads/{thread_id}/host", deskStreams::host, Access.PAGE_TOKEN_OR_API_KEY);
            config.routes.post("/v1/casinos/{casino_id}/items", adminItems::importItems, Access.STAFF);
            config.routes.put("/v1/casinos/{casino_id}/items/{item_id}", adminItems::putItem, Access.STAFF);
            config.routes.get("/v1/casinos/{casino_id}/compliance/events", compliance::events, Access.STAFF);
            config.routes.get("/v1/casinos/{casino_id}/consents/{phone}", compliance::consentChain, Access.STAFF);
            config.routes.get("/live", healthRoutes::live, Access.PUBLIC);
            config.routes.get("/health", healthRoutes::health, Access.PUBLIC);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(monitoring.metrics().get()), Access.PUBLIC);
            config.routes.exception(HttpProblem.class, (problem, ctx) -> write(ctx, problem));
            config.routes.exception(BackendException.class, (e, ctx) -> {
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                write(ctx, HttpProblem.unavailable("the " + e.backend() + " is unavailable; please try again shortly"));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                write(ctx, HttpProblem.of(Problem.of("internal", "Internal error", 500, "something went wrong on our side")));
            });
            // only where no route matched: a route's own 404 (an unknown casino or thread) keeps its problem
            config.routes.error(404, ctx -> {
                if (ctx.endpoints().matchedHttpEndpoint() == null) {
                    write(ctx, HttpProblem.of(Problem.of("not-found", "Not found", 404, "no route " + ctx.method() + " " + ctx.path())));
                }
            });
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            lagProbe.close();
            watches.close();
            throw e;
        }
        LOG.info("listening on http://{}:{}", settings.host(), javalin.port());
        return new HttpServer(javalin, healthRoutes, drain, chat, deskFeed, lagProbe, watches, admission);
    }

    /** Every route it answers, as {@code METHOD /path/{param}} (the OpenAPI test holds the description against it). */
    public List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(handler -> handler.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path).sorted().toList();
    }

    /** Each route, as {@code METHOD /path/{param}}, with the roles it declares (a test holds them to exactly one {@link Access}). */
    Map<String, Set<RouteRole>> routeRoles() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(handler -> handler.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .collect(Collectors.toMap(endpoint -> endpoint.method.name() + " " + endpoint.path,
                        endpoint -> Optional.ofNullable(endpoint.metadata(Roles.class)).map(Roles::getRoles).orElse(Set.of())));
    }

    /** Sets each connector's accept queue as the server starts: Javalin adds its connector after this module configures it. */
    private static void deepenAcceptQueues(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector listening) {
                        listening.setAcceptQueueSize(ACCEPT_QUEUE);
                    }
                }
            }
        });
    }

    /** What each network connector was set up with. */
    List<Listening> listening() {
        return Stream.of(javalin.jettyServer().server().getConnectors()).filter(ServerConnector.class::isInstance)
                .map(ServerConnector.class::cast)
                .map(connector -> new Listening(connector.getAcceptQueueSize(),
                        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getHeaderCacheSize()))
                .toList();
    }

    /** A connector's accept queue (what the kernel was asked for) and its per-connection header cache. */
    record Listening(int acceptQueue, int headerCache) { }

    /** The port it listens on (useful when started on port 0). */
    public int port() {
        return javalin.port();
    }

    /** Turns running now (streamed or not); while draining, the ones the drain still waits for. */
    public int turnsInFlight() {
        return drain.inFlight();
    }

    /** Server-sent event streams open now. */
    public int streamsOpen() {
        return chat.streamsOpen();
    }

    /** New turns and SMS webhooks shed (503 {@code overloaded}) since the start. */
    public long turnsShed() {
        return admission.shedCount();
    }

    /** How late, in seconds, the server runs its own work now: past {@link Admission#maxLag()} new turns are shed. */
    public double schedulingLagSeconds() {
        return admission.lagNanos() / 1e9;
    }

    /** Whether the server is draining. */
    public boolean draining() {
        return drain.draining();
    }

    /** Turns readiness on (after start-up) or off (while draining). */
    public void markReady(boolean ready) {
        health.markReady(ready);
    }

    /**
     * Drains: readiness off at once, new {@code /v1} requests refused (503 {@code draining} with
     * {@code Retry-After}), turns in flight run to their end for up to {@code limit}, then those
     * still running get an {@code error} event of type {@code draining} and are closed. Returns when
     * none is left, or after {@code limit} plus a short grace.
     *
     * @return the turns still running when it stopped waiting (0 when every one ended)
     */
    public int drain(Duration limit) {
        health.markReady(false);
        health.markDraining();
        int left = drain.run(limit, DRAIN_GRACE);
        LOG.info("drained: {} turns still running after {} s", left, limit.toSeconds());
        return left;
    }

    @Override
    public void close() {
        deskFeed.ifPresent(DeskFeed::close);
        javalin.stop();
        lagProbe.close();
        watches.close();
    }

    static void write(Context ctx, HttpProblem problem) {
        if (problem.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(problem.retryAfterSeconds()));
        }
        ctx.status(problem.problem().status())
                .contentType("application/problem+json")
                // bytes, not a string: Jetty would encode a string of a type without a charset in ISO-8859-1, not JSON's UTF-8
                .result(Json.write(Json.problem(problem.problem(), RequestIds.of(ctx))).getBytes(StandardCharsets.UTF_8));
    }
}
