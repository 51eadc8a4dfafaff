package ai.heyseven.core.privacy;

import ai.heyseven.ports.audit.AuditEntry;
import ai.heyseven.ports.audit.AuditTrail;
import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.conversation.CheckpointStore;
import ai.heyseven.ports.desk.CaseStore;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.tools.HostCallbacks;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a guest everywhere: conversations, then call-back requests and host-desk cases (but
 * compliance cases, which the law keeps), then the profile, then their
 * ratings, then the phone numbers linked to them for exclusions, then an audit entry that names the
 * guest only by a hash. Any store failing stops the erase with its
 * exception (the caller answers 503); every step is idempotent, so the retry finishes the job and
 * a partial erase is never reported as done. Consent records are not touched: the law keeps them; nor is an exclusion from marketing, which
 * names the guest only by the same hash.
 */
public final class GuestErasure implements GuestData {
    private static final Logger LOG = LoggerFactory.getLogger(GuestErasure.class);

    private final CasinoConfigSource casinos;
    private final CheckpointStore checkpoints;
    private final GuestProfileStore profiles;
    private final Optional<HostCallbacks> callbacks;
    private final Optional<CaseStore> cases;
    private final FeedbackStore feedback;
    private final Optional<GuestExclusions> exclusions;
    private final AuditTrail audit;
    private final Clock clock;

    public GuestErasure(CasinoConfigSource casinos, CheckpointStore checkpoints, GuestProfileStore profiles,
            Optional<HostCallbacks> callbacks, Optional<CaseStore> cases, FeedbackStore feedback, Optional<GuestExclusions> exclusions, AuditTrail audit, Clock clock) {
        this.casinos = casinos;
        this.checkpoints = checkpoints;
        this.profiles = profiles;
        this.callbacks = callbacks;
        this.cases = cases;
        this.feedback = feedback;
        this.exclusions = exclusions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<Erasure> erase(String casinoId, String guestId, String actor) {
        if (casinos.find(casinoId).isEmpty()) {
            return Optional.empty();
        }
        int conversations = checkpoints.deleteGuest(casinoId, guestId);
        int requests = callbacks.map(queue -> queue.eraseGuest(casinoId, guestId)).orElse(0)
                + cases.map(desk -> desk.eraseGuest(casinoId, guestId)).orElse(0);
        boolean profile = profiles.erase(casinoId, guestId);
        String guestKey = GuestData.guestKey(casinoId, guestId);
        int ratings = feedback.eraseGuest(casinoId, guestKey);
        int phones = exclusions.map(linked -> linked.forgetPhones(casinoId, guestKey)).orElse(0);
        String subject = "guest:" + guestKey;
        audit.record(new AuditEntry(casinoId, "guest.erased", subject, actor, clock.instant()));
        LOG.info("erased {} of {}: {} conversations, {} call-back requests and host-desk cases, {} ratings, {} linked numbers, profile {}", subject, casinoId,
                conversations, requests, ratings, phones, profile ? "erased" : "absent");
        return Optional.of(new Erasure(conversations, profile, requests));
    }
}
