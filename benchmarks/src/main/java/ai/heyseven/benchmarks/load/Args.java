package ai.heyseven.benchmarks.load;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs with defaults; an unknown name stops the program. Shared by the load and fault harnesses. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    public Args(String[] args, Map<String, String> defaults) {
        values.putAll(defaults);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + defaults.keySet());
            }
            values.put(name, args[i + 1]);
        }
    }

    public String text(String name) {
        return values.get(name);
    }

    public int integer(String name) {
        return Integer.parseInt(values.get(name));
    }
}
