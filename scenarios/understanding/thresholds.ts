/**
 * How sure the example-based recogniser must be before it credits an intent. Tuned on the train
 * and dev splits only (npm run scenario -- understanding --split dev); never on test.
 */
export const thresholds = {
  /** The winning class's own activation (NLP.js's perceptron output, about 0…1). */
  minScore: 0.5,
  /** The winning class's share of all classes' activations. */
  minConfidence: 0.6,
  /** Whether a guess may add an intent when the rules already credited one. */
  guessAlongsideRules: false,
};
