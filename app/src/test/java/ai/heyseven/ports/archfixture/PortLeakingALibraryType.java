package ai.heyseven.ports.archfixture;

import com.fasterxml.jackson.databind.JsonNode;

/** A deliberate violation, imported only by ArchitectureRulesBiteTest: a port signature with a library type. */
public interface PortLeakingALibraryType {
    JsonNode read(String key);
}
