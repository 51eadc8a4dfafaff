package ai.heyseven.app.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.java21.instrument.binder.jdk.VirtualThreadMetrics;

/**
 * The JVM's figures: memory, GC, threads (virtual ones too: pinning and failed submits), CPU, uptime.
 * Their gauges read the JVM's own MXBeans, or fields of the binders {@link #bind} keeps in what it
 * returns: nothing that a GC could take from under a gauge (see {@link ServiceGauges}).
 */
final class JvmMeters {
    private JvmMeters() {
    }

    /** Binds them; closing what it returns stops the listeners some of them keep (GC notifications, a JFR stream). */
    static AutoCloseable bind(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        JvmHeapPressureMetrics pressure = new JvmHeapPressureMetrics();
        pressure.bindTo(registry);
        VirtualThreadMetrics virtualThreads = new VirtualThreadMetrics();
        virtualThreads.bindTo(registry);
        return () -> {
            virtualThreads.close();
            pressure.close();
            gc.close();
        };
    }
}
