package ai.heyseven.ports.sms;

import java.time.ZoneId;
import java.util.List;

/** Where a number probably is: the time zones its country and area code span. */
public interface PhoneZones {

    /** The zones of {@code phone} (E.164), most likely first; empty when unknown. */
    List<ZoneId> zones(String phone);
}
