package ai.heyseven.core.sms;

import ai.heyseven.ports.casino.CasinoConfigSource;
import ai.heyseven.ports.compliance.ComplianceEvent;
import ai.heyseven.ports.compliance.ComplianceEvents;
import ai.heyseven.ports.consent.ConsentEvent;
import ai.heyseven.ports.consent.ConsentLedger;
import ai.heyseven.ports.consent.ConsentRecord;
import ai.heyseven.ports.consent.GuestExclusions;
import ai.heyseven.ports.guest.GuestData;
import ai.heyseven.ports.sms.CasinoSms;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A self-exclusion holds for the guest, whichever channel it came from. A web-chat guest
 * ({@code guest_id}) is linked to a phone number where the casino learns both: an opt-in that
 * names the guest (a CRM sign-up form). When the responsible-gaming layer answers an identified
 * guest, the guest is recorded as excluded ({@link GuestExclusions}) and every number linked so far
 * gets an {@code EXCLUDE} in its consent chain; a number linked later gets it at the link. So no
 * marketing text reaches the guest, in either order. The exclusion records the layer, never the
 * guest's words; an SMS guest, keyed by number, is excluded by {@link SmsChannel} directly.
 *
 * <p>Both sides are decorators of a port, so neither the compliance gate nor the opt-in rules
 * change: {@link #recording} wraps the {@link ComplianceEvents} the gate already reports to, and
 * {@link #linking} wraps the operator's {@link CasinoSms}.
 */
public final class CrossChannelExclusion {
    private static final Logger LOG = LoggerFactory.getLogger(CrossChannelExclusion.class);
    /** How an exclusion is written in a consent chain, by SMS or from another channel. */
    static final String SOURCE = "responsible-gaming";
    static final String WORDING = "responsible-gaming layer";

    private final GuestExclusions exclusions;
    private final ConsentLedger consent;
    private final CasinoConfigSource casinos;
    private final Clock clock;

    public CrossChannelExclusion(GuestExclusions exclusions, ConsentLedger consent, CasinoConfigSource casinos, Clock clock) {
        this.exclusions = exclusions;
        this.consent = consent;
        this.casinos = casinos;
        this.clock = clock;
    }

    /**
     * The compliance events, recording as before; a crisis or responsible-gaming event of an identified guest
     * also excludes the guest and every number they gave. A failure reaches the caller (the turn
     * fails rather than lose the exclusion; its retry completes it: every step is idempotent).
     */
    public ComplianceEvents recording(ComplianceEvents events) {
        return new ComplianceEvents() {
            @Override
            public void record(ComplianceEvent event) {
                events.record(event);
                if (event.layer().endsSales() && event.guestId() != null) {
                    excludeGuest(event);
                }
            }

            @Override
            public List<ComplianceEvent> recent(String casinoId, int limit) {
                return events.recent(casinoId, limit);
            }
        };
    }

    /** The operator's SMS routes, with an opt-in that names a guest linking the guest to the number first. */
    public CasinoSms linking(CasinoSms sms) {
        return new Linking(sms);
    }

    private void excludeGuest(ComplianceEvent event) {
        String guestKey = GuestData.guestKey(event.casinoId(), event.guestId());
        for (String phone : exclusions.exclude(event.casinoId(), guestKey, event.at())) {
            excludeNumber(event.casinoId(), phone, event.at());
        }
        LOG.info("guest:{} of {} excluded from marketing on every channel: the responsible-gaming layer answered", guestKey,
                event.casinoId());
    }

    private void excludeNumber(String casinoId, String phone, Instant at) {
        if (!ConsentState.of(consent.history(casinoId, phone)).excluded()) {
            consent.append(new ConsentEvent(casinoId, phone, ConsentEvent.Kind.EXCLUDE, "marketing", SOURCE, WORDING, at));
        }
    }

    /** Links before recording the opt-in: a guest with too many numbers is refused with nothing recorded. */
    private final class Linking implements CasinoSms {
        private final CasinoSms sms;

        private Linking(CasinoSms sms) {
            this.sms = sms;
        }

        @Override
        public Optional<ConsentRecord> optIn(String casinoId, OptIn optIn, String actor) {
            if (optIn.guestId().isEmpty() || casinos.find(casinoId).isEmpty()) {
                return sms.optIn(casinoId, optIn, actor);
            }
            GuestExclusions.Link link = exclusions.link(casinoId, GuestData.guestKey(casinoId, optIn.guestId().get()), optIn.phone());
            if (link == GuestExclusions.Link.FULL) {
                throw new NotAllowedException("this guest already has " + GuestExclusions.MAX_PHONES + " numbers linked");
            }
            Optional<ConsentRecord> record = sms.optIn(casinoId, optIn, actor);
            if (link == GuestExclusions.Link.EXCLUDED) {
                excludeNumber(casinoId, optIn.phone(), clock.instant());
                LOG.info("a number linked to an excluded guest of {} is excluded from marketing too", casinoId);
            }
            return record;
        }

        @Override
        public Optional<Outcome> send(String casinoId, String to, String text, String purpose, String actor) {
            return sms.send(casinoId, to, text, purpose, actor);
        }
    }
}
