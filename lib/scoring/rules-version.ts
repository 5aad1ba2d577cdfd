/**
 * Bumped whenever a rule in lib/scoring or lib/gaps changes what a score is, so that stored
 * scores can say which rules produced them.
 */
export const SCORING_RULES_VERSION = "2026.11.1";
