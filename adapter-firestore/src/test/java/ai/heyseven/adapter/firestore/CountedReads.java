package ai.heyseven.adapter.firestore;

import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.firestore.v1.BatchGetDocumentsResponse;
import com.google.firestore.v1.RunQueryResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the documents Firestore sends a client, at its gRPC channel: each document a lookup
 * answers (found or missing) and each a query returns — what Firestore bills as reads. The
 * connection it opens talks to the real emulator; only the counting is added.
 */
final class CountedReads implements ClientInterceptor {
    private final AtomicLong documents = new AtomicLong();

    /** A connection to {@code emulator} whose reads this counts, re-reading configurations every {@code configRefresh}. */
    FirestoreConnection connect(FirestoreEmulator emulator, Duration configRefresh) {
        FirestoreSettings settings = new FirestoreSettings(FirestoreEmulator.PROJECT, "(default)", Optional.of(emulator.host()),
                Duration.ofSeconds(5), configRefresh);
        FirestoreOptions options = FirestoreOptions.newBuilder().setProjectId(settings.projectId()).setDatabaseId(settings.database())
                .setChannelProvider(InstantiatingGrpcChannelProvider.newBuilder().setEndpoint(emulator.host())
                        .setChannelConfigurator(ManagedChannelBuilder::usePlaintext)
                        .setInterceptorProvider(() -> List.of(this)).build())
                .setCredentialsProvider(FixedCredentialsProvider.create(new FirestoreOptions.EmulatorCredentials()))
                .build();
        return new FirestoreConnection(settings, options.getService());
    }

    /** Documents read so far. */
    long documents() {
        return documents.get();
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onMessage(R message) {
                        if (message instanceof BatchGetDocumentsResponse || message instanceof RunQueryResponse answer && answer.hasDocument()) {
                            documents.incrementAndGet();
                        }
                        super.onMessage(message);
                    }
                }, headers);
            }
        };
    }
}
