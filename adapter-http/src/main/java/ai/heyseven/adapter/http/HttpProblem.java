package ai.heyseven.adapter.http;

import ai.heyseven.ports.concierge.Problem;

/** An error response as an exception: thrown anywhere in a handler, written as problem+json in one place. */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    private HttpProblem(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    static HttpProblem of(Problem problem) {
        return new HttpProblem(problem);
    }

    static HttpProblem badRequest(String detail) {
        return of(Problem.of("bad-request", "Bad request", 400, detail));
    }

    static HttpProblem unauthorized(String detail) {
        return of(Problem.of("unauthorized", "Missing or wrong API key", 401, detail));
    }

    static HttpProblem forbidden(String detail) {
        return of(Problem.of("forbidden", "Not allowed for this key", 403, detail));
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

    static HttpProblem timedOut(long seconds) {
        return of(Problem.of("turn-timeout", "The answer took too long", 503,
                "the turn did not finish within " + seconds + " s; your conversation is kept, please ask again"));
    }
}
