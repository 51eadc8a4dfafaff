package ai.heyseven.adapter.gemini;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** An HTTP error from the model's API, with the wait its {@code Retry-After} asked for, if any. */
final class ModelHttpException extends HttpException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    ModelHttpException(int statusCode, String message, Optional<Duration> retryAfter) {
        super(statusCode, message);
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
