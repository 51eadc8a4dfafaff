package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Concierge;
import ai.heyseven.ports.concierge.TurnFailedException;
import ai.heyseven.ports.concierge.TurnRejectedException;
import ai.heyseven.ports.concierge.TurnReply;
import ai.heyseven.ports.concierge.TurnRequest;
import ai.heyseven.ports.concierge.TurnStream;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/** {@code POST /v1/chat}: one guest turn, streamed as server-sent events or returned as one JSON object. */
final class ChatRoute implements Handler {
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** How much of an oversized body is read and dropped before answering 413. */
    static final long MAX_DRAINED_BYTES = 1024 * 1024;

    private final Concierge concierge;
    private final Duration turnTimeout;
    private final Duration heartbeat;

    ChatRoute(Concierge concierge, Duration turnTimeout, Duration heartbeat) {
        this.concierge = concierge;
        this.turnTimeout = turnTimeout;
        this.heartbeat = heartbeat;
    }

    @Override
    public void handle(Context ctx) {
        requireJson(ctx);
        String requestId = RequestIds.of(ctx);
        TurnRequest request = ChatBody.parse(body(ctx), requestId);
        if (!Authentication.scope(ctx).allows(request.casinoId())) {
            throw HttpProblem.forbidden("this API key is scoped to another casino");
        }
        TurnStream turn = open(request);
        if (wantsEventStream(ctx)) {
            stream(ctx, turn);
        } else {
            reply(ctx, turn);
        }
    }

    private TurnStream open(TurnRequest request) {
        try {
            return concierge.open(request);
        } catch (TurnRejectedException e) {
            throw HttpProblem.badRequest(e.getMessage());
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
        try (TurnWatch watch = TurnWatch.start(turn, channel, heartbeat, turnTimeout)) {
            turn.run(event -> {
                if (!channel.send(event)) {
                    turn.cancel();
                }
            });
            channel.close(watch.timedOut() ? HttpProblem.timedOut(turnTimeout.toSeconds()).problem() : null);
        }
    }

    private void reply(Context ctx, TurnStream turn) {
        try (TurnWatch watch = TurnWatch.start(turn, null, heartbeat, turnTimeout)) {
            TurnReply reply = turn.reply();
            ctx.status(200).contentType("application/json").result(Json.write(Json.reply(reply)));
        } catch (CancellationException e) {
            throw HttpProblem.timedOut(turnTimeout.toSeconds());
        } catch (TurnFailedException e) {
            throw HttpProblem.of(e.problem());
        }
    }

    private static void requireJson(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw HttpProblem.unsupportedMediaType(type == null ? "(none)" : type);
        }
    }

    private static boolean wantsEventStream(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }

    /**
     * Reads at most {@link #MAX_BODY_BYTES}. A longer body is refused with 413; up to
     * {@link #MAX_DRAINED_BYTES} of it are read and dropped first, so a client still sending gets
     * its answer instead of a reset connection.
     */
    private static byte[] body(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                in.skipNBytes(Math.min(MAX_DRAINED_BYTES, Math.max(0, ctx.req().getContentLengthLong() - body.length)));
                throw HttpProblem.tooLarge(MAX_BODY_BYTES);
            }
            return body;
        } catch (EOFException e) {
            throw HttpProblem.tooLarge(MAX_BODY_BYTES);
        } catch (IOException e) {
            throw HttpProblem.badRequest("the body could not be read");
        }
    }
}
