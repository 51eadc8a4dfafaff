package ai.heyseven.adapter.firestore;

import com.google.api.core.ApiFuture;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import com.google.cloud.firestore.WriteBatch;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Firestore client of the process, built at start-up and closed at shutdown, and the
 * deadline every call waits under: a call that takes longer is cancelled and reported as the
 * port's own exception, with the cause kept.
 */
final class FirestoreConnection implements AutoCloseable {
    /** Documents one batch deletes (Firestore allows 500 writes per batch). */
    private static final int DELETE_BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(FirestoreConnection.class);

    private final FirestoreSettings settings;
    private final Firestore client;

    /** Over a client built elsewhere: {@link #open} in production, a client that counts its reads in tests. */
    FirestoreConnection(FirestoreSettings settings, Firestore client) {
        this.settings = settings;
        this.client = client;
    }

    static FirestoreConnection open(FirestoreSettings settings) {
        FirestoreOptions.Builder options = FirestoreOptions.newBuilder()
                .setProjectId(settings.projectId())
                .setDatabaseId(settings.database());
        settings.emulatorHost().ifPresent(options::setEmulatorHost);
        return new FirestoreConnection(settings, options.build().getService());
    }

    public FirestoreSettings settings() {
        return settings;
    }

    Firestore client() {
        return client;
    }

    /**
     * Waits for {@code call} within the deadline.
     *
     * @param what what was being done, for the message ("reading casino aurora-palms")
     * @param failure the port's exception
     */
    <T> T await(ApiFuture<T> call, String what, BiFunction<String, Throwable, ? extends RuntimeException> failure) {
        try {
            return call.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw failure.apply(what + " took longer than " + settings.callTimeout().toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException own && own.getClass().getPackageName().startsWith("ai.heyseven")) {
                throw own; // thrown by our own code inside a transaction
            }
            throw failure.apply(what + " failed: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw failure.apply(what + " was interrupted", e);
        }
    }

    /**
     * Deletes every document {@code query} finds, a batch at a time (Firestore takes 500 writes per
     * batch), each read and write within the deadline; returns how many.
     */
    int deleteAll(Query query, String what, BiFunction<String, Throwable, ? extends RuntimeException> failure) {
        int deleted = 0;
        List<QueryDocumentSnapshot> found;
        do {
            found = await(query.limit(DELETE_BATCH).get(), "finding " + what, failure).getDocuments();
            if (!found.isEmpty()) {
                WriteBatch batch = client.batch();
                found.forEach(document -> batch.delete(document.getReference()));
                await(batch.commit(), "erasing " + what, failure);
                deleted += found.size();
            }
        } while (found.size() == DELETE_BATCH);
        return deleted;
    }

    /**
     * One small read within the deadline: the readiness probe, before the server starts and on
     * every {@code /health}.
     *
     * @throws FirestoreUnavailableException when Firestore does not answer in time
     */
    public void ping() {
        await(client.collection(Paths.CASINOS).limit(1).get(), "reading Firestore (" + settings.describe() + ")",
                FirestoreUnavailableException::new);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            LOG.warn("closing the Firestore client: {}", e.toString());
        }
    }
}
