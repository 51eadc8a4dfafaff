package ai.heyseven.adapter.firestore;

import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.Firestore;

/** Every document Hey Seven writes, in one place ({@code docs/data-model.md} describes the same layout). */
final class Paths {
    static final String CASINOS = "casinos";
    static final String AUDIT = "audit";
    /** The desk's cases of every casino, in one collection so one query follows all of them. */
    static final String CASES = "cases";

    private Paths() {
    }

    static DocumentReference casino(Firestore db, String casinoId) {
        return db.collection(CASINOS).document(casinoId);
    }

    static CollectionReference items(Firestore db, String casinoId) {
        return casino(db, casinoId).collection("items");
    }

    /** The version stamp of a casino's knowledge, moved by every change of its items. */
    static DocumentReference knowledgeVersion(Firestore db, String casinoId) {
        return casino(db, casinoId).collection("meta").document("knowledge");
    }

    static DocumentReference changeHash(Firestore db, String casinoId, String itemId) {
        return casino(db, casinoId).collection("change_hashes").document(itemId);
    }

    static DocumentReference guest(Firestore db, String casinoId, String guestId) {
        return casino(db, casinoId).collection("guests").document(guestId);
    }

    /** The head of a phone number's consent chain; its records are the {@code records} below it. */
    static DocumentReference consentChain(Firestore db, String casinoId, String phoneKey) {
        return casino(db, casinoId).collection("consent").document(phoneKey);
    }

    /** A guest's exclusion from marketing and the numbers they gave, by the guest's hash. */
    static DocumentReference guestExclusion(Firestore db, String casinoId, String guestKey) {
        return casino(db, casinoId).collection("guest_exclusions").document(guestKey);
    }

    /** A guest's account in the casino's player system, written by the casino's integration (read-only to the agent). */
    static DocumentReference player(Firestore db, String casinoId, String guestId) {
        return casino(db, casinoId).collection("players").document(guestId);
    }

    /** The casino's comp policy, written by the casino's integration (read-only to the agent). */
    static DocumentReference compPolicy(Firestore db, String casinoId) {
        return casino(db, casinoId).collection("settings").document("comp_policy");
    }

    static CollectionReference complianceEvents(Firestore db, String casinoId) {
        return casino(db, casinoId).collection("compliance_events");
    }

    static CollectionReference callbacks(Firestore db, String casinoId) {
        return casino(db, casinoId).collection("callbacks");
    }

    static CollectionReference feedback(Firestore db, String casinoId) {
        return casino(db, casinoId).collection("feedback");
    }
}
