package ai.heyseven.app.archfixture;

import ai.heyseven.core.sms.SmsWorker;

/** A deliberate violation, imported only by ArchitectureRulesBiteTest: outside core, only core's API may be named. */
public final class AppReachingIntoCoreInternals {
    public void stop(SmsWorker worker) {
        worker.close();
    }
}
