package ai.heyseven.app;

import ai.heyseven.app.telemetry.Observability;
import ai.heyseven.app.telemetry.TracedPort;
import ai.heyseven.ports.casino.CasinoConfigSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one table of the ports a backend provides: the components of {@link ai.heyseven.ports.DurablePorts}
 * and {@link ai.heyseven.ports.StatePorts}, each named by its component ({@code guestProfiles} is
 * {@code guest_profiles}). Tracing and the store gauges read it, so a port added to either record is
 * traced and measured with no line here.
 */
final class PortTable {
    /** Read from its cache on every turn: tracing each read would trace nothing remote. */
    private static final Set<Class<?>> UNTRACED = Set.of(CasinoConfigSource.class);

    private PortTable() {
    }

    /** Every port of {@code ports} by its name. */
    static Map<String, Object> byName(Record ports) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (RecordComponent component : ports.getClass().getRecordComponents()) {
            named.put(snakeCase(component.getName()), read(component, ports));
        }
        return named;
    }

    /** The same ports, each call measured and traced as a call to {@code backend}. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R traced(R ports, String backend, Observability observability) {
        RecordComponent[] components = ports.getClass().getRecordComponents();
        Object[] traced = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<Object> type = (Class<Object>) components[i].getType();
            Object port = read(components[i], ports);
            traced[i] = UNTRACED.contains(type) ? port : TracedPort.of(type, port, backend, observability);
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return (R) ports.getClass().getDeclaredConstructor(types).newInstance(traced);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + ports.getClass().getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent component, Record ports) {
        try {
            return component.getAccessor().invoke(ports);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
