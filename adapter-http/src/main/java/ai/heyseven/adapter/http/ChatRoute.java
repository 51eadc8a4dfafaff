package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnFailedException;
import ai.heyseven.ports.concierge.TurnInProgressException;
import ai.heyseven.ports.concierge.TurnRejectedException;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code POST /v1/chat}: one guest turn, streamed as server-sent events or returned as one JSON object. */
final class ChatRoute implements Handler {
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final Concierge concierge;
    private final Duration turnTimeout;
    private final TurnWatches watches;
    private final Drain drain;
    private final AdmissionGate admission;
    private final AtomicInteger streamsOpen = new AtomicInteger();

    ChatRoute(Concierge concierge, Duration turnTimeout, TurnWatches watches, Drain drain, AdmissionGate admission) {
        this.drain = drain;
        this.admission = admission;
        this.concierge = concierge;
        this.turnTimeout = turnTimeout;
        this.watches = watches;
    }

    @Override
    public void handle(Context ctx) {
        admission.enter(); // first: a shed turn costs the server as little as it can
        try {
            answer(ctx);
        } finally {
            admission.exit();
        }
    }

    private void answer(Context ctx) {
        Bodies.requireJson(ctx);
        String requestId = RequestIds.of(ctx);
        TurnRequest request = ChatBody.parse(Bodies.read(ctx, MAX_BODY_BYTES), requestId);
        RequestLog.casino(request.casinoId());
        if (!Authentication.scope(ctx).allows(request.casinoId())) {
            throw HttpProblem.forbidden("this API key is scoped to another casino");
        }
        drain.enter();
        try {
            TurnStream turn = open(request);
            RequestLog.thread(turn.threadId());
            if (wantsEventStream(ctx)) {
                stream(ctx, turn);
            } else {
                reply(ctx, turn);
            }
        } finally {
            drain.exit();
        }
    }

    private TurnStream open(TurnRequest request) {
        try {
            return concierge.open(request);
        } catch (TurnRejectedException e) {
            throw HttpProblem.badRequest(e.getMessage());
        } catch (TurnInProgressException e) {
            throw HttpProblem.turnInProgress(e.retryAfter().toSeconds());
        }
    }

    private void stream(Context ctx, TurnStream turn) {
        ctx.status(200);
        ctx.contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        SseChannel channel;
        try {
            channel = new SseChannel(ctx.res().getOutputStream());
        } catch (IOException e) {
            turn.cancel();
            return;
        }
        streamsOpen.incrementAndGet();
        try (TurnWatch watch = watches.watch(turn, channel, turnTimeout)) {
            turn.run(event -> {
                if (!channel.send(event)) {
                    turn.cancel();
                }
            });
            channel.close(watch.drained() ? HttpProblem.draining().problem()
                    : watch.timedOut() ? HttpProblem.timedOut(turnTimeout.toSeconds()).problem() : null);
        } finally {
            streamsOpen.decrementAndGet();
        }
    }

    private void reply(Context ctx, TurnStream turn) {
        TurnWatch watch = watches.watch(turn, null, turnTimeout);
        try (watch) {
            TurnReply reply = turn.reply();
            ctx.status(200).contentType("application/json").result(Json.write(Json.reply(reply)));
        } catch (CancellationException e) {
            throw watch.drained() ? HttpProblem.draining() : HttpProblem.timedOut(turnTimeout.toSeconds());
        } catch (TurnFailedException e) {
            throw HttpProblem.of(e.problem());
        }
    }

    int streamsOpen() {
        return streamsOpen.get();
    }

    private static boolean wantsEventStream(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }
}
