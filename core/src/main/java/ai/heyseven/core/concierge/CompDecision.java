package ai.heyseven.core.concierge;

import ai.heyseven.ports.comps.CompKind;
import ai.heyseven.ports.comps.CompPolicy;
import ai.heyseven.ports.comps.Occasion;
import ai.heyseven.ports.comps.PlayerAccount;
import ai.heyseven.ports.comps.TierComps;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the comp policy allows one guest for one request — the arithmetic, nothing said yet. Each kind
 * asked for (or each the guest's row lists, when none was named) is allowed its amount times the
 * occasion's multiplier, rounded down, and never more than the guest asked for; an amount within the
 * approval limit is offered, one above it needs a host. A guest who asked for more than the approval
 * limit is handed to a host to confirm, whatever the policy allows now.
 *
 * @param offered what may be offered now, in the policy's order of kinds
 * @param needsApproval what the policy allows but only a host may confirm
 * @param notOffered kinds the guest asked for that the guest's row does not list
 * @param askedAboveApproval the amount the guest asked for, when above the approval limit
 */
record CompDecision(String tier, Optional<Occasion> occasion, List<Comp> offered, List<Comp> needsApproval, Set<CompKind> notOffered,
        OptionalLong askedAboveApproval, CompPolicy policy) {

    /** One comp: its kind and amount in whole currency units. */
    record Comp(CompKind kind, long amount) {
        Comp {
            Objects.requireNonNull(kind, "kind");
            if (amount <= 0) {
                throw new IllegalArgumentException("a comp is worth something, got " + amount);
            }
        }
    }

    CompDecision {
        offered = List.copyOf(offered);
        needsApproval = List.copyOf(needsApproval);
        notOffered = Set.copyOf(notOffered);
    }

    /** What {@code policy} allows {@code account} for {@code request}, on {@code occasion}. */
    static CompDecision of(CompPolicy policy, PlayerAccount account, CompRequest request, Optional<Occasion> occasion) {
        Optional<TierComps> row = policy.rowFor(account.tier(), account.averageDailyTheoretical());
        double multiplier = policy.multiplier(occasion);
        List<Comp> offered = new ArrayList<>();
        List<Comp> needsApproval = new ArrayList<>();
        Set<CompKind> notOffered = EnumSet.noneOf(CompKind.class);
        for (CompKind kind : CompKind.values()) {
            boolean asked = request.kinds().isEmpty() || request.kinds().contains(kind);
            if (!asked) {
                continue;
            }
            Long base = row.map(tier -> tier.amounts().get(kind)).orElse(null);
            if (base == null) {
                if (!request.kinds().isEmpty()) {
                    notOffered.add(kind);
                }
                continue;
            }
            long allowed = (long) Math.floor(base * multiplier);
            long amount = Math.min(allowed, request.amount().orElse(allowed));
            if (amount <= 0) {
                continue;
            }
            (amount <= policy.approvalAbove() ? offered : needsApproval).add(new Comp(kind, amount));
        }
        OptionalLong askedAbove = request.amount().isPresent() && request.amount().getAsLong() > policy.approvalAbove()
                ? request.amount() : OptionalLong.empty();
        return new CompDecision(account.tier(), occasion, offered, needsApproval, notOffered, askedAbove, policy);
    }

    /** Whether a host must be asked: something above the approval limit was allowed or asked for. */
    boolean needsHost() {
        return !needsApproval.isEmpty() || askedAboveApproval.isPresent();
    }

    /** Every amount the reply may name: the offers, those awaiting approval, and the approval limit itself. */
    List<Long> amounts() {
        List<Long> amounts = new ArrayList<>();
        offered.forEach(comp -> amounts.add(comp.amount()));
        needsApproval.forEach(comp -> amounts.add(comp.amount()));
        amounts.add(policy.approvalAbove());
        return amounts;
    }
}
