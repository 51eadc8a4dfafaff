package ai.heyseven.app.telemetry;

import ai.heyseven.ports.model.TokenUsage;
import java.util.HashMap;
import java.util.Map;

/**
 * What a model's tokens cost, in US dollars per million: prompt tokens, answer tokens (thinking
 * tokens are billed as answer tokens), and prompt tokens served from the context cache.
 */
public record ModelPrice(double input, double output, double cached) {
    private static final double MILLION = 1_000_000d;

    public ModelPrice {
        if (!(input >= 0 && output >= 0 && cached >= 0) || Double.isInfinite(input + output + cached)) {
            throw new IllegalArgumentException("prices are finite and never negative");
        }
    }

    /** The dollars {@code usage} cost. */
    public double cost(TokenUsage usage) {
        long uncached = Math.max(0, usage.prompt() - usage.cached());
        return (uncached * input + usage.cached() * cached + (usage.output() + usage.thinking()) * output) / MILLION;
    }

    /**
     * Reads a price table: comma-separated {@code model=input/output/cached}, dollars per million
     * tokens, such as {@code gemini-2.5-flash=0.30/2.50/0.03}.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public static Map<String, ModelPrice> table(String spec) {
        Map<String, ModelPrice> prices = new HashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] modelAndPrices = entry.strip().split("=", 2);
            String[] amounts = modelAndPrices.length == 2 ? modelAndPrices[1].split("/") : new String[0];
            if (amounts.length != 3 || modelAndPrices[0].isBlank()) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not model=input/output/cached (dollars per million tokens)");
            }
            try {
                prices.put(modelAndPrices[0].strip(), new ModelPrice(Double.parseDouble(amounts[0].strip()),
                        Double.parseDouble(amounts[1].strip()), Double.parseDouble(amounts[2].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + entry.strip() + "' has a price that is not a number", e);
            }
        }
        return Map.copyOf(prices);
    }
}
