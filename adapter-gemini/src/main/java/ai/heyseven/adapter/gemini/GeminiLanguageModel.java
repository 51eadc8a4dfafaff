package ai.heyseven.adapter.gemini;

import ai.heyseven.ports.model.LanguageModel;
import ai.heyseven.ports.model.ModelStep;
import ai.heyseven.ports.tools.ToolExchange;
import ai.heyseven.ports.tools.ToolSpec;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import ai.heyseven.ports.model.LanguageModelException;
import ai.heyseven.ports.model.ModelRequest;
import ai.heyseven.ports.model.ModelRole;
import ai.heyseven.ports.model.Shape;
import ai.heyseven.ports.model.StructuredAnswer;
import ai.heyseven.ports.model.TokenSink;
import ai.heyseven.ports.model.TokenUsage;
import ai.heyseven.ports.model.UsageListener;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiTokenCountEstimator;
import dev.langchain4j.model.googleai.GoogleAiGeminiTokenUsage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gemini through LangChain4j: one chat model per role (its model name and output limit) and a
 * streaming model for the answer, all built when the key is set — never lazily on a request.
 * {@link #useKey} builds a new set beside the old one and swaps it in one step: requests already
 * running finish on the old clients, new ones use the new key, and nothing on the request path
 * takes a lock.
 *
 * <p>No retries of its own (LangChain4j's are off): {@link ResilientLanguageModel} decides.
 * Every failure is a {@link LanguageModelException} with the client's exception as its cause.
 * Every answer's {@code usageMetadata} goes to the {@link UsageListener} as Gemini counted it.
 */
final class GeminiLanguageModel implements LanguageModel {
    private final GeminiSettings settings;
    private final UsageListener usage;
    private final AtomicReference<Clients> clients = new AtomicReference<>();

    GeminiLanguageModel(GeminiSettings settings, String apiKey, UsageListener usage) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.usage = Objects.requireNonNull(usage, "usage");
        LangChain4jJson.compact();
        useKey(apiKey);
    }

    /** Builds clients with {@code apiKey} and switches new requests to them. */
    public void useKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the Gemini API key must not be blank");
        }
        clients.set(new Clients(settings, apiKey));
    }

    /**
     * Checks, before the instance reports ready, that Gemini answers with this key: one free
     * {@code countTokens} call. Throttling (429) counts as an answer — the key works, the quota is
     * busy.
     *
     * @throws LanguageModelException when Gemini cannot be reached or refuses the key or the model
     */
    public void probe() {
        probe(clients.get().apiKey);
    }

    /**
     * Switches to {@code apiKey} only after it passed {@link #probe()}: a rotated key that Gemini
     * refuses leaves the working one in use.
     *
     * @throws LanguageModelException when the new key does not work (the old one stays)
     */
    public void rotateTo(String apiKey) {
        probe(apiKey);
        useKey(apiKey);
    }

    private void probe(String apiKey) {
        try {
            GoogleAiGeminiTokenCountEstimator.builder()
                    .httpClientBuilder(new GeminiHttpClient.Builder())
                    .baseUrl(settings.baseUrl().toString())
                    .apiKey(apiKey)
                    .modelName(settings.models().get(ModelRole.MAIN))
                    .timeout(settings.callTimeout())
                    .maxRetries(0)
                    .build()
                    .estimateTokenCountInText("ping");
        } catch (RuntimeException e) {
            if (!Failures.throttled(e)) {
                throw failure(e);
            }
        }
    }

    @Override
    public String complete(ModelRequest request) {
        return chat(request, ChatRequest.builder().messages(GeminiPrompt.messages(request)).build()).aiMessage().text();
    }

    @Override
    public void stream(ModelRequest request, TokenSink sink) {
        streamChat(request, ChatRequest.builder().messages(GeminiPrompt.messages(request)).build(), sink);
    }

    @Override
    public ModelStep streamStep(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges, TokenSink sink) {
        AiMessage answer = streamChat(request, toolRequest(request, tools, exchanges), sink);
        return answer == null ? new ModelStep.Answer("") : stepOf(answer);
    }

    /** Streams one chat into {@code sink}; the whole message at the end, or null when the sink stopped it. */
    private AiMessage streamChat(ModelRequest request, ChatRequest chat, TokenSink sink) {
        StreamingChatModel model = clients.get().streaming(request.role());
        Outcome outcome = new Outcome();
        try {
            model.chat(chat, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (!outcome.stopped && !sink.accept(partial.text())) {
                        outcome.stopped = true;
                        context.streamingHandle().cancel();
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    outcome.completed = response.finishReason() != null;
                    outcome.message = response.aiMessage();
                    outcome.response = response;
                }

                @Override
                public void onError(Throwable error) {
                    outcome.error = error;
                }
            });
        } catch (RuntimeException e) {
            throw failure(e);
        }
        if (outcome.response != null) {
            report(request, outcome.response);
        }
        if (outcome.stopped) {
            return null;
        }
        if (outcome.error != null) {
            throw failure(outcome.error);
        }
        if (!outcome.completed) {
            throw new LanguageModelException("the answer stream ended without a finish reason: it was cut off", null);
        }
        return outcome.message;
    }

    @Override
    public <T extends StructuredAnswer> T structured(ModelRequest request, Shape<T> shape) {
        ChatRequest chat = ChatRequest.builder().messages(GeminiPrompt.messages(request)).responseFormat(StructuredShapes.format(shape)).build();
        String text = chat(request, chat).aiMessage().text();
        try {
            return StructuredShapes.read(text == null ? "" : text, shape);
        } catch (IllegalStateException e) {
            throw new LanguageModelException(e.getMessage(), e);
        }
    }

    @Override
    public ModelStep step(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges) {
        return stepOf(chat(request, toolRequest(request, tools, exchanges)).aiMessage());
    }

    private static ChatRequest toolRequest(ModelRequest request, List<ToolSpec> tools, List<ToolExchange> exchanges) {
        List<ChatMessage> messages = new ArrayList<>(GeminiPrompt.messages(request));
        messages.addAll(GeminiTools.exchanges(exchanges));
        ChatRequest.Builder chat = ChatRequest.builder().messages(messages);
        if (!tools.isEmpty()) {
            chat.toolSpecifications(GeminiTools.declarations(tools));
        }
        return chat.build();
    }

    private static ModelStep stepOf(AiMessage answer) {
        try {
            if (answer.hasToolExecutionRequests()) {
                return new ModelStep.CallTools(GeminiTools.calls(answer));
            }
        } catch (IllegalStateException e) {
            throw new LanguageModelException(e.getMessage(), e);
        }
        return new ModelStep.Answer(answer.text() == null ? "" : answer.text());
    }

    private ChatResponse chat(ModelRequest request, ChatRequest chat) {
        ChatResponse response;
        try {
            response = clients.get().chat(request.role()).chat(chat);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        report(request, response);
        return response;
    }

    /** Tells the listener what Gemini counted for this answer; an answer without counts tells nothing. */
    private void report(ModelRequest request, ChatResponse response) {
        if (response.tokenUsage() == null) {
            return;
        }
        dev.langchain4j.model.output.TokenUsage counted = response.tokenUsage();
        long cached = 0;
        long thinking = 0;
        if (counted instanceof GoogleAiGeminiTokenUsage gemini) {
            cached = orZero(gemini.cachedContentTokenCount());
            thinking = orZero(gemini.thoughtsTokenCount());
        }
        usage.used(request.role(), new TokenUsage(orZero(counted.inputTokenCount()), orZero(counted.outputTokenCount()), cached, thinking));
    }

    private static long orZero(Integer count) {
        return count == null ? 0 : count;
    }

    private static LanguageModelException failure(Throwable e) {
        return e instanceof LanguageModelException known ? known
                : new LanguageModelException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /** What a streamed call ended with; written and read on the calling thread. */
    private static final class Outcome {
        boolean completed;
        boolean stopped;
        Throwable error;
        AiMessage message;
        ChatResponse response;
    }

    /** The models of one API key. */
    private static final class Clients {
        private final String apiKey;
        private final Map<ModelRole, ChatModel> chat = new EnumMap<>(ModelRole.class);
        private final Map<ModelRole, StreamingChatModel> streaming = new EnumMap<>(ModelRole.class);

        Clients(GeminiSettings settings, String apiKey) {
            this.apiKey = apiKey;
            for (ModelRole role : ModelRole.values()) {
                chat.put(role, GoogleAiGeminiChatModel.builder()
                        .httpClientBuilder(new GeminiHttpClient.Builder())
                        .baseUrl(settings.baseUrl().toString())
                        .apiKey(apiKey)
                        .modelName(settings.models().get(role))
                        .maxOutputTokens(settings.maxOutputTokens().get(role))
                        .timeout(settings.callTimeout())
                        .maxRetries(0)
                        .build());
            }
            streaming.put(ModelRole.MAIN, GoogleAiGeminiStreamingChatModel.builder()
                    .httpClientBuilder(new GeminiHttpClient.Builder())
                    .baseUrl(settings.baseUrl().toString())
                    .apiKey(apiKey)
                    .modelName(settings.models().get(ModelRole.MAIN))
                    .maxOutputTokens(settings.maxOutputTokens().get(ModelRole.MAIN))
                    .timeout(settings.callTimeout())
                    .build());
        }

        ChatModel chat(ModelRole role) {
            return chat.get(role);
        }

        StreamingChatModel streaming(ModelRole role) {
            StreamingChatModel model = streaming.get(role);
            if (model == null) {
                throw new IllegalArgumentException("only the " + ModelRole.MAIN + " role streams, not " + role);
            }
            return model;
        }
    }
}
