package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Problem;

/** An error response as an exception: thrown anywhere in a handler, written as problem+json in one place. */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Seconds a client should wait before retrying, for 429 and 503. */
    static final int DEFAULT_RETRY_AFTER_SECONDS = 5;

    private final transient Problem problem;
    private final int retryAfterSeconds;

    private HttpProblem(Problem problem, int retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Problem problem() {
        return problem;
    }

    /** The {@code Retry-After} to send, or 0 for none. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static HttpProblem of(Problem problem) {
        boolean retryable = problem.status() == 503 || problem.status() == 429;
        return new HttpProblem(problem, retryable ? DEFAULT_RETRY_AFTER_SECONDS : 0);
    }

    static HttpProblem tooManyRequests(long retryAfterSeconds) {
        int seconds = atLeastOneSecond(retryAfterSeconds);
        return new HttpProblem(Problem.of("rate-limited", "Too many requests", 429,
                "this key and address have used their requests for now; retry after " + seconds + " s"), seconds);
    }

    /** Another message of the same conversation is being answered; this one was not started. */
    static HttpProblem turnInProgress(long retryAfterSeconds) {
        int seconds = atLeastOneSecond(retryAfterSeconds);
        return new HttpProblem(Problem.of("turn-in-progress", "Another message is being answered", 409,
                "an earlier message of this conversation is still being answered; nothing of this one was kept,"
                        + " send it again after " + seconds + " s"), seconds);
    }

    /** A {@code Retry-After} of at least one second that fits the header. */
    private static int atLeastOneSecond(long seconds) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }

    static HttpProblem badRequest(String detail) {
        return of(Problem.of("bad-request", "Bad request", 400, detail));
    }

    static HttpProblem unauthorized(String detail) {
        return of(Problem.of("unauthorized", "Missing or wrong API key", 401, detail));
    }

    /** A content change that cannot be taken as sent; {@code reason} such as {@code unknown_casino}. */
    static HttpProblem contentRefused(String reason, String detail) {
        return of(Problem.of(reason.replace('_', '-'), "Content refused", 400, detail));
    }

    static HttpProblem badSignature(String detail) {
        return of(Problem.of("bad-signature", "Signature check failed", 401, detail));
    }

    static HttpProblem forbidden(String detail) {
        return of(Problem.of("forbidden", "Not allowed for this key", 403, detail));
    }

    /** Something the request names that is not there (for this key): {@code slug} such as {@code unknown-thread}. */
    static HttpProblem notFound(String slug, String detail) {
        return of(Problem.of(slug, "Not found", 404, detail));
    }

    /** The state of what the request names forbids it (a case another host holds): {@code slug} such as {@code case-conflict}. */
    static HttpProblem conflict(String slug, String detail) {
        return of(Problem.of(slug, "Conflict", 409, detail));
    }

    static HttpProblem tooLarge(long limit) {
        return of(Problem.of("payload-too-large", "Body too large", 413, "the body must be at most " + limit + " bytes"));
    }

    static HttpProblem unsupportedMediaType(String got) {
        return of(Problem.of("unsupported-media-type", "Unsupported content type", 415,
                "send Content-Type: application/json, not '" + got + "'"));
    }

    static HttpProblem unavailable(String detail) {
        return of(Problem.of("unavailable", "Service unavailable", 503, detail));
    }

    /** The server is shutting down: a new request is refused, a turn still running when the drain's time is up is ended. */
    static HttpProblem draining() {
        return of(Problem.of("draining", "This server is shutting down", 503,
                "this instance is stopping; your conversation is kept, please send your message again"));
    }

    /** More work than this instance can answer in time: a new turn is refused before it starts, nothing of it kept. */
    static HttpProblem overloaded(String why, int retryAfterSeconds) {
        return new HttpProblem(Problem.of("overloaded", "The server is busy", 503,
                "this instance cannot take another message now (" + why + "); nothing of this one was kept,"
                        + " send it again after " + retryAfterSeconds + " s"), retryAfterSeconds);
    }

    static HttpProblem timedOut(long seconds) {
        return of(Problem.of("turn-timeout", "The answer took too long", 503,
                "the turn did not finish within " + seconds + " s; your conversation is kept, please ask again"));
    }
}
