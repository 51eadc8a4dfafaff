package ai.heyseven.core.scenarios;

/**
 * A reply as the suite sees it, in wire names: {@code none} for no guardrail or no case opened this turn.
 */
record Observed(String text, String intent, String guardrail, String handledBy, String caseOpened, String language) {
}
