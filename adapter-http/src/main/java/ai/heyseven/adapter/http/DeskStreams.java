package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The desk's two event streams: {@code GET /v1/casinos/{casino_id}/cases/events}, a casino's live
 * queue for staff (event {@code case}: first every open and claimed case, then each change), and
 * {@code GET /v1/threads/{thread_id}/host}, a guest's page's view of a host in its conversation
 * (event {@code host}: first who holds it now, then each change; event {@code message}: each message
 * of the host). Both send a comment at least every heartbeat and end when the server drains.
 */
final class DeskStreams {
    private static final Pattern THREAD = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Duration WAKE = Duration.ofSeconds(1);

    private final CaseRoutes cases;
    private final Optional<DeskFeed> feed;
    private final Duration heartbeat;
    private final Drain drain;
    private final Clock clock;

    DeskStreams(CaseRoutes cases, Optional<DeskFeed> feed, Duration heartbeat, Drain drain, Clock clock) {
        this.cases = cases;
        this.feed = feed;
        this.heartbeat = heartbeat;
        this.drain = drain;
        this.clock = clock;
    }

    void queue(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        String casino = CaseRoutes.requireDeskRole(staff, ctx);
        HostDesk desk = cases.desk();
        DeskFeed feed = feed();
        DeskSubscriber subscriber = feed.watchCasino(casino, staff);
        try {
            SseChannel channel = open(ctx);
            for (CaseStatus status : new CaseStatus[] {CaseStatus.OPEN, CaseStatus.CLAIMED}) {
                desk.cases(staff, casino, Optional.of(status)).forEach(c -> channel.send("case", Json.write(CaseJson.item(c))));
            }
            pump(subscriber, channel);
        } finally {
            feed.remove(subscriber);
        }
    }

    void host(Context ctx) {
        ApiKeys.Scope scope = Authentication.scope(ctx);
        String casino = scope.casinoId() != null ? scope.casinoId() : ctx.queryParam("casino_id");
        if (casino == null || casino.isBlank()) {
            throw HttpProblem.badRequest("a fleet-wide key names the conversation's casino in ?casino_id=");
        }
        if (!scope.allows(casino)) {
            throw HttpProblem.forbidden("this credential is scoped to another casino");
        }
        String thread = ctx.pathParam("thread_id");
        if (!THREAD.matcher(thread).matches()) {
            throw HttpProblem.badRequest("thread_id must be 1 to 128 letters, digits or . _ : -");
        }
        HostDesk desk = cases.desk();
        DeskFeed feed = feed();
        Instant now = clock.instant();
        DeskSubscriber subscriber = feed.watchThread(casino, thread, now);
        try {
            subscriber.show(desk.presence(casino, thread, now));
            pump(subscriber, open(ctx));
        } finally {
            feed.remove(subscriber);
        }
    }

    private DeskFeed feed() {
        return feed.orElseThrow(() -> HttpProblem.unavailable("this server has no host desk (no case store)"));
    }

    private static SseChannel open(Context ctx) {
        ctx.status(200);
        ctx.contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        try {
            SseChannel channel = new SseChannel(ctx.res().getOutputStream());
            // the head goes out now, not with the first event, which may be minutes away
            channel.heartbeat();
            return channel;
        } catch (IOException e) {
            throw HttpProblem.unavailable("the stream could not be opened");
        }
    }

    /** Writes the subscriber's events as they come, with heartbeats, until the client goes, lags, or the server drains. */
    private void pump(DeskSubscriber subscriber, SseChannel channel) {
        long nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
        try {
            while (!drain.draining() && !subscriber.overflowed() && !channel.clientGone()) {
                DeskSubscriber.Event event = subscriber.next(WAKE);
                if (event != null && !channel.send(event.name(), event.json())) {
                    return;
                }
                if (System.nanoTime() - nextHeartbeat >= 0) {
                    if (!channel.heartbeat()) {
                        return;
                    }
                    nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            channel.close(null);
        }
    }
}
