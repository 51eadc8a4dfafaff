package ai.heyseven.adapter.http;

import java.util.Objects;

/** What {@code /health} says about the running build, so a deploy can check it serves the expected commit. */
public record BuildInfo(String version, String commit) {
    public BuildInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
    }
}
