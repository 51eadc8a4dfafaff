package ai.heyseven.adapter.http;

import ai.heyseven.ports.desk.CaseConflictException;
import ai.heyseven.ports.desk.CaseStatus;
import ai.heyseven.ports.desk.DeskCase;
import ai.heyseven.ports.desk.HostDesk;
import ai.heyseven.ports.desk.StaffMember;
import ai.heyseven.ports.desk.StaffRole;
import ai.heyseven.ports.sms.CasinoSms;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The host desk's case routes under {@code /v1/casinos/{casino_id}/cases}: the queue, a case in
 * full, and claim, reply, release and resolve. The member must be a host or compliance officer at
 * the path's casino to list its cases (403 otherwise); a case the member may not see is 404, as
 * one that does not exist, so a member of another casino learns nothing of this one's cases.
 * A case whose state forbids the action (another host holds it) is 409.
 */
final class CaseRoutes {
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final Optional<HostDesk> desk;

    CaseRoutes(Optional<HostDesk> desk) {
        this.desk = desk;
    }

    void list(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        String casino = requireDeskRole(staff, ctx);
        Optional<CaseStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isEmpty())
                .map(s -> CaseStatus.ofWireName(s).orElseThrow(() -> HttpProblem.badRequest("status must be open, claimed or resolved, not '"
                        + s + "'")));
        json(ctx, 200, CaseJson.items(desk().cases(staff, casino, status)));
    }

    void get(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        json(ctx, 200, CaseJson.detail(found(ctx, () -> desk().get(staff, casino(ctx), caseId(ctx)))));
    }

    void claim(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        json(ctx, 200, CaseJson.detail(found(ctx, () -> desk().claim(staff, casino(ctx), caseId(ctx)))));
    }

    void message(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        String text = Bodies.text(Bodies.fields(ctx, MAX_BODY_BYTES, Set.of("text")), "text", true);
        DeskCase replied = found(ctx, () -> desk().reply(staff, casino(ctx), caseId(ctx), text));
        json(ctx, 202, CaseJson.item(replied));
    }

    void release(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        json(ctx, 200, CaseJson.detail(found(ctx, () -> desk().release(staff, casino(ctx), caseId(ctx)))));
    }

    void resolve(Context ctx) {
        StaffMember staff = StaffAuthentication.member(ctx);
        String outcome = Bodies.text(Bodies.fields(ctx, MAX_BODY_BYTES, Set.of("outcome")), "outcome", true);
        json(ctx, 200, CaseJson.detail(found(ctx, () -> desk().resolve(staff, casino(ctx), caseId(ctx), outcome))));
    }

    /** The path's casino, where the member must be a host or compliance officer to see any case. */
    static String requireDeskRole(StaffMember staff, Context ctx) {
        String casino = casino(ctx);
        if (!staff.holds(StaffRole.HOST, casino) && !staff.holds(StaffRole.COMPLIANCE, casino)) {
            throw HttpProblem.forbidden("you are neither host nor compliance at " + casino);
        }
        return casino;
    }

    HostDesk desk() {
        return desk.orElseThrow(() -> HttpProblem.unavailable("this server has no host desk (no case store)"));
    }

    /** Runs a desk action: an invisible or unknown case is 404, a conflicting one 409, a bad argument 400. */
    private static DeskCase found(Context ctx, Supplier<Optional<DeskCase>> action) {
        try {
            return action.get().orElseThrow(() -> HttpProblem.notFound("unknown-case",
                    "no case " + caseId(ctx) + " at " + casino(ctx) + " that you may see"));
        } catch (CaseConflictException e) {
            throw HttpProblem.conflict("case-conflict", e.getMessage());
        } catch (CasinoSms.NotAllowedException e) {
            // a texting guest who opted out, or a number on the do-not-contact list: the reply is not sent
            throw HttpProblem.conflict("not-allowed", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    static String casino(Context ctx) {
        return ctx.pathParam("casino_id");
    }

    private static String caseId(Context ctx) {
        return ctx.pathParam("case_id");
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }
}
