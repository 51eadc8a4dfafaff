package ai.heyseven.benchmarks.faults;

import ai.heyseven.adapter.telnyx.FakeTelnyx;
import ai.heyseven.benchmarks.load.Args;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code --requests} (100,000) seeded hostile requests ({@link HostileRequests}) against two
 * servers of the built jar: one whose rate limits are high enough that requests reach the routes,
 * and one with the defaults, which gets {@code --defaults-share} (5 %) of them so 429s are
 * exercised too. SMS is on (Telnyx's public key is the harness's own, the sends go to a fake
 * Telnyx on loopback), the CMS webhook has a secret. Prints responses by status and every
 * violation ({@link ResponseCheck}) with the request number that reproduces it
 * ({@code --replay N} sends that one request again and prints both sides); then each server's log
 * findings. At most {@code --seconds} (1,200) in all.
 */
public final class Fuzz {
    private static final int TIMEOUT_MILLIS = 20_000;

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments, Map.of("seed", "19", "requests", "100000", "seconds", "1200", "workers", "8",
                "defaults-percent", "5", "replay", "-1"));
        long seed = Long.parseLong(args.text("seed"));
        int requests = args.integer("requests");
        int seconds = args.integer("seconds");
        int workers = args.integer("workers");
        double defaultsShare = args.integer("defaults-percent") / 100.0;
        long replay = Long.parseLong(args.text("replay"));
        Path logs = Path.of("benchmarks", "results", "faults", "fuzz");
        KeyPair telnyxKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = telnyxKeys.getPublic().getEncoded();
        String publicKey = Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
        String cmsSecret = "fuzz-cms-secret";
        try (FakeTelnyx telnyx = new FakeTelnyx()) {
            Map<String, String> common = Map.of("HEYSEVEN_API_KEYS", HostileRequests.KEY + "," + HostileRequests.CASINO_KEY + "@aurora-palms",
                    "HEYSEVEN_CMS_SECRET", cmsSecret, "TELNYX_PUBLIC_KEY", publicKey, "TELNYX_API_KEY", "KEY-fuzz",
                    "TELNYX_BASE_URL", telnyx.baseUrl().toString());
            java.util.HashMap<String, String> open = new java.util.HashMap<>(common);
            open.putAll(Map.of("HEYSEVEN_RATE_LIMIT_PER_MINUTE", "100000", "HEYSEVEN_SMS_INBOUND_PER_MINUTE", "10000"));
            try (ServerProcess reaching = new ServerProcess("open", open, List.of("-Xmx512m"), logs);
                    ServerProcess defaults = new ServerProcess("defaults", common, List.of("-Xmx512m"), logs)) {
                reaching.start(Duration.ofSeconds(120));
                defaults.start(Duration.ofSeconds(120));
                HostileRequests hostile = new HostileRequests(seed, reaching.port(), defaults.port(), defaultsShare, telnyxKeys, stranger, cmsSecret);
                if (replay >= 0) {
                    replay(hostile, replay);
                } else {
                    run(hostile, seed, requests, seconds, workers);
                    LogScan.report(reaching.log());
                    LogScan.report(defaults.log());
                }
            }
        }
        System.exit(0);
    }

    private static void run(HostileRequests hostile, long seed, int requests, int seconds, int workers) throws InterruptedException {
        ResponseCheck check = new ResponseCheck();
        AtomicLong next = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (long i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    RawHttp.Request request = hostile.get(i);
                    check.record(i, request, RawHttp.exchange(request, TIMEOUT_MILLIS));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double took = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: seed %d, %d requests sent in %.0f s (%.0f/s), %d workers%n", seed, check.sent(), took, check.sent() / took, workers);
        check.print();
    }

    /** Sends request {@code index} once more and prints what went and what came back. */
    private static void replay(HostileRequests hostile, long index) {
        RawHttp.Request request = hostile.get(index);
        System.out.println("request " + index + " (" + request.label() + "), " + request.wire().length + " bytes:");
        System.out.println(printable(request.wire(), 3_000));
        RawHttp.Response response = RawHttp.exchange(request, TIMEOUT_MILLIS);
        System.out.println("response: status " + response.status() + (response.failure() == null ? "" : ", " + response.failure()));
        response.headers().forEach(h -> System.out.println(h[0] + ": " + h[1]));
        System.out.println(printable(response.body(), 3_000));
    }

    static String printable(byte[] bytes, int limit) {
        String text = new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f) ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return out + (bytes.length > limit ? "… (" + bytes.length + " bytes)" : "");
    }
}
