package ai.heyseven.adapter.phone;

import ai.heyseven.ports.sms.PhoneZones;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The time zones of a number's country and area code, from libphonenumber's geocoder data
 * (Google's, kept current with its releases): {@code +1 702} → Los Angeles; an area code that spans
 * zones gives them all, so quiet hours can take the narrowest window.
 */
public final class PhoneNumberZones implements PhoneZones {
    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();

    @Override
    public List<ZoneId> zones(String phone) {
        try {
            return zones.getTimeZonesForNumber(numbers.parse(phone, null)).stream()
                    .filter(zone -> !zone.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone()))
                    .map(PhoneNumberZones::zone)
                    .filter(Objects::nonNull)
                    .toList();
        } catch (NumberParseException e) {
            return List.of();
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
