package ai.heyseven.app;

import ai.heyseven.adapter.gemini.ModelTransport;
import ai.heyseven.adapter.http.Admission;
import ai.heyseven.app.telemetry.ModelPrice;
import ai.heyseven.ports.StatePorts;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of docs/contract.md §4 and docs/configuration.md, read and checked once at start-up,
 * grouped by what each concerns. A bad value stops the start with a {@link ConfigurationException}
 * naming the variable.
 */
record Settings(Profile profile, Server server, Access access, Model model, State state, Durable durable, Sms sms,
        Operations operations, Staff staff, Alerts alerts) {

    enum Profile { DEV, PROD }

    /**
     * Where the server listens, how long it gives turns, streams, a drain and the backends at start-up,
     * and when it sheds new turns because it cannot keep up.
     */
    record Server(String host, int port, boolean trustProxy, Duration turnTimeout, Duration drain, Duration heartbeat,
            Duration startupWait, Admission admission) { }

    /**
     * Who may call: the API keys, the CMS webhook's secret, the chat page's token secret and the origins
     * allowed to embed it, and how key files rotate.
     */
    record Access(Secret apiKeys, Secret cmsSecret, Secret pageTokenSecret, Set<String> pageOrigins, Duration secretRefresh,
            Duration secretOverlap) { }

    /**
     * The host desk's staff: their API keys, the session cookie's secret, and the casino's identity
     * provider (OpenID Connect) when sign-in is configured.
     *
     * @param publicUrl the server's address as browsers reach it; the provider sends them back to it + {@code /desk/callback}
     */
    record Staff(Secret staffKeys, Secret sessionSecret, Optional<URI> oidcIssuer, Optional<String> oidcClientId, Secret oidcClientSecret,
            String oidcRolesClaim, Optional<URI> publicUrl) {

        /** Whether sign-in through an identity provider is configured; half a configuration stops the start. */
        boolean signInConfigured() {
            boolean any = oidcIssuer.isPresent() || oidcClientId.isPresent() || oidcClientSecret.isPresent();
            if (any && (oidcIssuer.isEmpty() || oidcClientId.isEmpty() || !oidcClientSecret.isPresent() || publicUrl.isEmpty())) {
                throw new ConfigurationException("staff sign-in needs HEYSEVEN_OIDC_ISSUER, HEYSEVEN_OIDC_CLIENT_ID, "
                        + "HEYSEVEN_OIDC_CLIENT_SECRET (or _FILE) and HEYSEVEN_PUBLIC_URL together");
            }
            return any;
        }
    }

    /**
     * The language model: Gemini when a key is set, the offline model otherwise.
     *
     * @param prices dollars per million tokens of each model ({@code HEYSEVEN_MODEL_PRICES}), by model name
     * @param transport HTTP/1.1 (a connection per call) or HTTP/2 (many calls per connection) to Gemini ({@code HEYSEVEN_LLM_HTTP2})
     * @param embeddingCacheSize the most recent questions whose embeddings are kept ({@code HEYSEVEN_EMBEDDING_CACHE_SIZE})
     */
    record Model(Secret geminiApiKey, String geminiModel, Optional<URI> geminiBaseUrl, int maxConcurrency, Duration callTimeout,
            Duration offlinePieceDelay, Map<String, ModelPrice> prices, ModelTransport transport, int embeddingCacheSize) {

        /** Whether a Gemini key is configured, in the environment or in a file. */
        boolean geminiConfigured() {
            return geminiApiKey.isPresent();
        }
    }

    /** The fleet's shared state: Redis when its URL is set, bounded process memory otherwise. */
    record State(Secret redisUrl, Duration redisConnectTimeout, Duration redisReadTimeout, int redisPoolSize, Duration checkpointTtl,
            int checkpointsPerThread, int rateLimitPerMinute, int localMaxThreads, Duration localThreadIdle) {

        /** The Redis URL in force, when one is configured. */
        Optional<URI> redisUri() {
            return redisUrl.isPresent() ? Optional.of(Settings.redisUri(redisUrl.current(), redisUrl.source())) : Optional.empty();
        }
    }

    /** The durable memory: Firestore when a project is set, the property files in process memory otherwise. */
    record Durable(Optional<String> firestoreProjectId, String firestoreDatabase, Optional<String> firestoreEmulatorHost,
            Duration firestoreTimeout, Duration configRefresh, Optional<Path> propertiesDir) { }

    /** The SMS channel through Telnyx, on when both its keys are set. */
    record Sms(Secret telnyxPublicKey, Secret telnyxApiKey, Optional<URI> telnyxBaseUrl, int maxSegments, int inboundPerMinute,
            Duration takeover, Optional<Path> doNotContactFile, int dailyCap) {

        /** Whether the channel is on: it needs both Telnyx keys; one without the other stops the start. */
        boolean configured() {
            if (telnyxPublicKey.isPresent() != telnyxApiKey.isPresent()) {
                throw new ConfigurationException((telnyxPublicKey.isPresent() ? "TELNYX_API_KEY" : "TELNYX_PUBLIC_KEY")
                        + " is required with " + (telnyxPublicKey.isPresent() ? telnyxPublicKey.source() : telnyxApiKey.source())
                        + ": the SMS channel is either fully configured or off");
            }
            return telnyxPublicKey.isPresent();
        }
    }

    /** Where the desk's urgent cases are posted (by casino id) and the secret that signs them. */
    record Alerts(Map<String, URI> deskWebhooks, Secret deskWebhookSecret) {

        /** Whether any casino is alerted; webhooks without the secret stop the start. */
        boolean configured() {
            if (!deskWebhooks.isEmpty() && !deskWebhookSecret.isPresent()) {
                throw new ConfigurationException("HEYSEVEN_DESK_WEBHOOKS needs HEYSEVEN_DESK_WEBHOOK_SECRET (or HEYSEVEN_DESK_WEBHOOK_SECRET_FILE) "
                        + "to sign the alerts with");
            }
            return !deskWebhooks.isEmpty();
        }
    }

    /** How the instance reports itself: its log format, the commit it names, OpenTelemetry's own variables. */
    record Operations(String logFormat, String commit, Map<String, String> openTelemetry) { }

    /** Unfinished inbound texts held at most; beyond that the webhook answers 503 and the carrier retries. */
    private static final int MAX_QUEUED_SMS = 100_000;

    /** What bounds the shared state, whichever backend keeps it. */
    StatePorts.Limits stateLimits() {
        return new StatePorts.Limits(state.checkpointTtl(), state.checkpointsPerThread(), state.rateLimitPerMinute(),
                sms.inboundPerMinute(), MAX_QUEUED_SMS);
    }

    /** OpenTelemetry's own variables ({@code OTEL_*}), left for its SDK to read and check. */
    private static Map<String, String> openTelemetry(Map<String, String> environment) {
        Map<String, String> otel = new java.util.TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("OTEL_")) {
                otel.put(name, value);
            }
        });
        return Map.copyOf(otel);
    }

    static final String DEV_API_KEY = "dev-local-key";
    private static final String REDIS_URL_FORM = "redis://[user:password@]host[:port][/db] or rediss://… (a host; a database number, if any)";
    static final String UNKNOWN_COMMIT = "unknown";

    static Settings from(Map<String, String> environment) {
        Env env = new Env(environment);
        Profile profile = Profile.valueOf(env.choice("HEYSEVEN_PROFILE", "dev", Set.of("dev", "prod")).toUpperCase(Locale.ROOT));
        boolean prod = profile == Profile.PROD;
        env.text("TELNYX_PUBLIC_KEY").ifPresent(Settings::requireEd25519Key);
        return new Settings(
                profile,
                new Server(
                        env.text("HEYSEVEN_HOST", "127.0.0.1"),
                        env.integer("HEYSEVEN_PORT", 8080, 0, 65_535),
                        env.flag("HEYSEVEN_TRUST_PROXY", false),
                        Duration.ofSeconds(env.integer("HEYSEVEN_TURN_TIMEOUT_SECONDS", 60, 1, 3_600)),
                        Duration.ofSeconds(env.integer("HEYSEVEN_DRAIN_SECONDS", 20, 0, 3_600)),
                        Duration.ofSeconds(env.integer("HEYSEVEN_HEARTBEAT_SECONDS", 15, 1, 15)),
                        Duration.ofSeconds(env.integer("HEYSEVEN_STARTUP_WAIT_SECONDS", 60, 0, 3_600)),
                        new Admission(
                                env.integer("HEYSEVEN_MAX_TURNS_IN_FLIGHT", Admission.DEFAULTS.maxTurnsInFlight(), 1, 1_000_000),
                                Duration.ofMillis(env.integer("HEYSEVEN_SHED_LAG_MS", (int) Admission.DEFAULTS.maxLag().toMillis(),
                                        10, 60_000)))),
                new Access(
                        Secret.read(env, "HEYSEVEN_API_KEYS"),
                        Secret.read(env, "HEYSEVEN_CMS_SECRET"),
                        Secret.read(env, "HEYSEVEN_PAGE_TOKEN_SECRET"),
                        env.origins("HEYSEVEN_PAGE_ORIGINS"),
                        Duration.ofSeconds(env.integer("HEYSEVEN_SECRET_REFRESH_SECONDS", 60, 1, 86_400)),
                        Duration.ofSeconds(env.integer("HEYSEVEN_SECRET_OVERLAP_SECONDS", 300, 0, 604_800))),
                new Model(
                        Secret.read(env, "GEMINI_API_KEY"),
                        env.text("GEMINI_MODEL", "gemini-2.5-flash"),
                        env.url("GEMINI_BASE_URL", Set.of("http", "https")),
                        env.integer("HEYSEVEN_LLM_MAX_CONCURRENCY", 50, 1, 10_000),
                        Duration.ofSeconds(env.integer("HEYSEVEN_LLM_CALL_TIMEOUT_SECONDS", 20, 1, 600)),
                        Duration.ofMillis(env.integer("HEYSEVEN_OFFLINE_PIECE_DELAY_MS", 0, 0, 10_000)),
                        modelPrices(env),
                        env.flag("HEYSEVEN_LLM_HTTP2", false) ? ModelTransport.HTTP2 : ModelTransport.HTTP1,
                        env.integer("HEYSEVEN_EMBEDDING_CACHE_SIZE", 10_000, 1, 1_000_000)),
                new State(
                        redisUrl(env),
                        Duration.ofMillis(env.integer("HEYSEVEN_REDIS_CONNECT_TIMEOUT_MS", 2_000, 50, 60_000)),
                        Duration.ofMillis(env.integer("HEYSEVEN_REDIS_READ_TIMEOUT_MS", 1_000, 50, 60_000)),
                        env.integer("HEYSEVEN_REDIS_POOL_SIZE", 64, 1, 10_000),
                        Duration.ofHours(env.integer("HEYSEVEN_CHECKPOINT_TTL_HOURS", 168, 1, 24 * 365)),
                        env.integer("HEYSEVEN_CHECKPOINTS_PER_THREAD", 20, 1, 1_000),
                        env.integer("HEYSEVEN_RATE_LIMIT_PER_MINUTE", 20, 1, 100_000),
                        env.integer("HEYSEVEN_LOCAL_MAX_THREADS", 2_000, 1, 1_000_000),
                        Duration.ofMinutes(env.integer("HEYSEVEN_LOCAL_THREAD_IDLE_MINUTES", 120, 1, 10_080))),
                new Durable(
                        env.text("FIRESTORE_PROJECT_ID"),
                        env.text("FIRESTORE_DATABASE", "(default)"),
                        env.text("FIRESTORE_EMULATOR_HOST"),
                        Duration.ofMillis(env.integer("HEYSEVEN_FIRESTORE_TIMEOUT_MS", 3_000, 100, 60_000)),
                        Duration.ofSeconds(env.integer("HEYSEVEN_CONFIG_REFRESH_SECONDS", 5, 1, 300)),
                        env.directory("HEYSEVEN_PROPERTIES_DIR")),
                new Sms(
                        Secret.read(env, "TELNYX_PUBLIC_KEY"),
                        Secret.read(env, "TELNYX_API_KEY"),
                        env.url("TELNYX_BASE_URL", Set.of("http", "https")),
                        env.integer("HEYSEVEN_SMS_MAX_SEGMENTS", 3, 1, 10),
                        env.integer("HEYSEVEN_SMS_INBOUND_PER_MINUTE", 10, 1, 10_000),
                        Duration.ofSeconds(env.integer("HEYSEVEN_SMS_TAKEOVER_SECONDS", 60, 1, 3_600)),
                        env.readableFile("HEYSEVEN_DO_NOT_CONTACT_FILE"),
                        env.integer("HEYSEVEN_SMS_DAILY_CAP", 10_000, 1, 10_000_000)),
                new Operations(
                        env.choice("HEYSEVEN_LOG_FORMAT", prod ? "json" : "text", Set.of("json", "text")),
                        env.text("HEYSEVEN_COMMIT", UNKNOWN_COMMIT),
                        openTelemetry(environment)),
                new Staff(
                        Secret.read(env, "HEYSEVEN_STAFF_KEYS"),
                        Secret.read(env, "HEYSEVEN_STAFF_SESSION_SECRET"),
                        env.url("HEYSEVEN_OIDC_ISSUER", prod ? Set.of("https") : Set.of("http", "https")),
                        env.text("HEYSEVEN_OIDC_CLIENT_ID"),
                        Secret.read(env, "HEYSEVEN_OIDC_CLIENT_SECRET"),
                        env.text("HEYSEVEN_OIDC_ROLES_CLAIM", "heyseven_roles"),
                        env.url("HEYSEVEN_PUBLIC_URL", prod ? Set.of("https") : Set.of("http", "https"))),
                new Alerts(
                        env.webhooks("HEYSEVEN_DESK_WEBHOOKS", prod ? Set.of("https") : Set.of("http", "https")),
                        Secret.read(env, "HEYSEVEN_DESK_WEBHOOK_SECRET")));
    }

    /** {@code REDIS_URL}, or the file {@code REDIS_URL_FILE} names (it wins, and rotates the credentials: StateBackends). */
    private static Map<String, ModelPrice> modelPrices(Env env) {
        try {
            return ModelPrice.table(env.text("HEYSEVEN_MODEL_PRICES", ""));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("HEYSEVEN_MODEL_PRICES: " + e.getMessage());
        }
    }

    private static Secret redisUrl(Env env) {
        Secret url = Secret.read(env, "REDIS_URL");
        if (url.isPresent()) {
            redisUri(url.current(), url.source());
        }
        return url;
    }

    /** {@code raw} as a Redis URL; a refusal names {@code source} but never the URL, which may hold a password. */
    static URI redisUri(String raw, String source) {
        try {
            URI uri = new URI(raw);
            if (Set.of("redis", "rediss").contains(uri.getScheme()) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().matches("/?[0-9]*"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // its reason only: the exception's message quotes the URL
            throw new ConfigurationException(source + " is not a URL (" + e.getReason() + "); expected " + REDIS_URL_FORM);
        }
        throw new ConfigurationException(source + " must be " + REDIS_URL_FORM);
    }

    /** Names the profile and address only: the record holds secrets, which must never reach a log. */
    @Override
    public String toString() {
        return "Settings[profile=" + profile + ", host=" + server.host() + ", port=" + server.port() + "]";
    }

    /** The API keys in force: the configured ones, or in {@code dev} the well-known local key. */
    String effectiveApiKeys() {
        if (access.apiKeys().isPresent()) {
            return access.apiKeys().current();
        }
        if (profile == Profile.PROD) {
            throw new ConfigurationException("HEYSEVEN_API_KEYS is required in the prod profile");
        }
        return DEV_API_KEY;
    }

    private static void requireEd25519Key(String base64) {
        try {
            if (Base64.getDecoder().decode(base64).length != 32) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("TELNYX_PUBLIC_KEY must be a base64 Ed25519 public key of 32 bytes");
        }
    }
}
