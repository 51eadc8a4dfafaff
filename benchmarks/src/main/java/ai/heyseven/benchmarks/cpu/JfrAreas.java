package ai.heyseven.benchmarks.cpu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sorts a flight recording's CPU samples ({@code jdk.CPUTimeSample} when the recording has them,
 * which count native code such as the embedding model too; else {@code jdk.ExecutionSample},
 * Java code only) by {@link Area}, and lists the hottest methods, our innermost methods (what of
 * ours pulled the time, libraries below it included) and the hottest threads. Shares, not
 * milliseconds: multiply by the CPU per turn that {@link TurnCpu} printed for the same run.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar ai.heyseven.benchmarks.cpu.JfrAreas benchmarks/results/cpu/gemini.jfr [rows]</pre>
 */
public final class JfrAreas {
    private final Map<Area, Integer> areas = new HashMap<>();
    private final Map<Area, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> topMethods = new HashMap<>();
    private final Map<String, Integer> ours = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private int samples;

    private JfrAreas() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length == 0) {
            System.err.println("usage: JfrAreas recording.jfr [rows]");
            System.exit(2);
        }
        Path recording = Path.of(arguments[0]);
        int rows = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 25;
        String event = hasCpuTimeSamples(recording) ? "jdk.CPUTimeSample" : "jdk.ExecutionSample";
        JfrAreas tally = new JfrAreas();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent sample = file.readEvent();
                if (sample.getEventType().getName().equals(event) && sample.getStackTrace() != null) {
                    tally.add(sample);
                }
            }
        }
        tally.print(recording + ", " + event, rows);
    }

    private static boolean hasCpuTimeSamples(Path recording) throws IOException {
        try (RecordingFile file = new RecordingFile(recording)) {
            return file.readEventTypes().stream().anyMatch(type -> type.getName().equals("jdk.CPUTimeSample"))
                    && countOf(recording, "jdk.CPUTimeSample") > 100;
        }
    }

    private static int countOf(Path recording, String event) throws IOException {
        int count = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents() && count <= 100) {
                if (file.readEvent().getEventType().getName().equals(event)) {
                    count++;
                }
            }
        }
        return count;
    }

    private void add(RecordedEvent sample) {
        RecordedStackTrace stack = sample.getStackTrace();
        List<String> classes = new ArrayList<>();
        String ourMethod = null;
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            classes.add(type);
            if (ourMethod == null && type.startsWith("ai.heyseven.") && !type.contains("$$Lambda")) {
                ourMethod = method(frame);
            }
        }
        samples++;
        areas.merge(Area.of(classes), 1, Integer::sum);
        if (!stack.getFrames().isEmpty()) {
            topMethods.merge(method(stack.getFrames().getFirst()), 1, Integer::sum);
        }
        ours.merge(ourMethod == null ? "(no frame of ours)" : ourMethod, 1, Integer::sum);
        for (Area area : Area.values()) {
            if (area.inAny(classes)) {
                inclusive.merge(area, 1, Integer::sum);
            }
        }
        threads.merge(threadName(sample), 1, Integer::sum);
    }

    /** The sampled thread's name with ids folded ({@code JettyServerThreadPool-Virtual-N}, {@code turn-watch-…}). */
    private static String threadName(RecordedEvent sample) {
        RecordedThread thread = sample.hasField("sampledThread") ? sample.getThread("sampledThread") : sample.getThread();
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        name = name.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "…").replaceAll("@.*", "").replaceAll("[0-9]+", "N");
        return thread != null && thread.isVirtual() ? name + " (virtual)" : name;
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }

    private void print(String title, int rows) {
        System.out.printf("%s: %d samples%n%n| area | share |%n|---|---:|%n", title, samples);
        areas.entrySet().stream().sorted(Map.Entry.<Area, Integer>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("| %s | %.1f %% |%n", entry.getKey().label(), share(entry.getValue())));
        System.out.printf("%n| area anywhere on the stack (overlapping: JSON inside the model client counts in both) | share |%n|---|---:|%n");
        inclusive.entrySet().stream().sorted(Map.Entry.<Area, Integer>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("| %s | %.1f %% |%n", entry.getKey().label(), share(entry.getValue())));
        table("hottest methods (innermost frame)", topMethods, rows);
        table("our innermost method (its callees in libraries and the JDK included)", ours, rows);
        table("threads", threads, 10);
    }

    private void table(String title, Map<String, Integer> counts, int rows) {
        System.out.printf("%n| %s | share |%n|---|---:|%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf("| %s | %.1f %% |%n", entry.getKey(), share(entry.getValue())));
    }

    private double share(int count) {
        return 100.0 * count / Math.max(1, samples);
    }
}
