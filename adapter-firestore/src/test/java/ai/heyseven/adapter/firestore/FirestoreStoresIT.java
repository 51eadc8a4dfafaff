package ai.heyseven.adapter.firestore;

import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.consent.ConsentChain;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.contract.ChangeHashStoreContract;
import ai.heyseven.ports.contract.ComplianceEventsContract;
import ai.heyseven.ports.contract.ConsentLedgerContract;
import ai.heyseven.ports.contract.FeedbackStoreContract;
import ai.heyseven.ports.contract.GuestExclusionsContract;
import ai.heyseven.ports.contract.GuestProfileStoreContract;
import ai.heyseven.ports.contract.HostCallbacksContract;
import ai.heyseven.ports.contract.KnowledgeStoreContract;
import ai.heyseven.ports.feedback.FeedbackStore;
import ai.heyseven.ports.guest.GuestProfileStore;
import ai.heyseven.ports.knowledge.ChangeHashStore;
import ai.heyseven.ports.knowledge.KnowledgeStore;
import ai.heyseven.ports.tools.HostCallbacks;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each port's contract against Google's Firestore emulator: the same tests the in-memory adapters pass. */
class FirestoreStoresIT {
    @RegisterExtension
    static final FirestoreExtension FIRESTORE = new FirestoreExtension();

    @Nested
    class Knowledge extends KnowledgeStoreContract {
        private final FirestoreKnowledgeStore store = new FirestoreKnowledgeStore(FIRESTORE.connection(), Duration.ofSeconds(1));

        @Override
        protected KnowledgeStore store() {
            return store;
        }
    }

    @Nested
    class ChangeHashes extends ChangeHashStoreContract {
        @Override
        protected ChangeHashStore store() {
            return new FirestoreChangeHashStore(FIRESTORE.connection());
        }
    }

    @Nested
    class Profiles extends GuestProfileStoreContract {
        @Override
        protected GuestProfileStore store() {
            return new FirestoreGuestProfiles(FIRESTORE.connection());
        }
    }

    @Nested
    class Callbacks extends HostCallbacksContract {
        @Override
        protected HostCallbacks callbacks() {
            return new FirestoreHostCallbacks(FIRESTORE.connection());
        }
    }

    @Nested
    class Ratings extends FeedbackStoreContract {
        @Override
        protected FeedbackStore store() {
            return new FirestoreFeedbackStore(FIRESTORE.connection());
        }
    }

    @Nested
    class Consent extends ConsentLedgerContract {
        @Override
        protected ConsentLedger ledger() {
            return new FirestoreConsentLedger(FIRESTORE.connection());
        }

        @Override
        protected void tamperWith(ConsentRecord record) {
            try {
                Paths.consentChain(FIRESTORE.connection().client(), record.event().casinoId(), ConsentChain.phoneKey(record.event().phone()))
                        .collection("records").document(FirestoreConsentLedger.id(record.sequence()))
                        .update(Map.of("wording", "I never agreed")).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Compliance extends ComplianceEventsContract {
        @Override
        protected ComplianceEvents events() {
            return new FirestoreComplianceEvents(FIRESTORE.connection());
        }
    }

    @Nested
    class Exclusions extends GuestExclusionsContract {
        @Override
        protected GuestExclusions exclusions() {
            return new FirestoreGuestExclusions(FIRESTORE.connection());
        }
    }
}
