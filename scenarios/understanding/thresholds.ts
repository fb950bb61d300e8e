/**
 * How sure the example-based recogniser must be before it credits an intent. Tuned on the train
 * and dev splits only (npm run scenario -- understanding --split dev); never on test.
 */
export interface GuessThresholds {
  minScore: number;
  minConfidence: number;
  minSimilarity: number;
}

export const thresholds = {
  /** The winning class's own activation (NLP.js's perceptron output, about 0…1). */
  minScore: 0.9,
  /** The winning class's share of all classes' activations. */
  minConfidence: 0.8,
  /** Cosine similarity to the nearest train exemplar of the guessed intent: a guess like no exemplar is not credited. */
  minSimilarity: 0.5,
  /** The nearest train reply of all must be of the guessed intent (not `none`, not another). */
  nearestMustAgree: true,
  /** When rules disagree: the activation that makes the classifier sure of one of them… */
  settleSure: 0.5,
  /** …and below which another rule's intent is dropped. */
  settleDrop: 0.1,
  /**
   * Intents only rules may credit. A greeting needs the trainee's own name (the rule's `*`), which
   * exemplars cannot check; a hold request must be courteous (Lei, please, a reason), and a curt
   * "Un attimo!" or "Hang on." resembles the exemplars too closely for them to tell.
   */
  rulesOnly: ['greeting', 'askHold'] as readonly string[],
  /**
   * Intents with thresholds of their own. Rudeness is measured on its own bank and is rarely
   * said in a call-centre's set phrases: the rules alone miss most of it. The others keep the
   * strict bar above, which the near misses of test/unit/intents.*.test.ts need.
   */
  byIntent: {
    rude: { minScore: 0.8, minConfidence: 0.5, minSimilarity: 0.2 },
    // Paraphrases and recaps are said in the caller's own words, where rules miss most (dev split).
    activeListening: { minScore: 0.7, minConfidence: 0.7, minSimilarity: 0.3 },
    summarise: { minScore: 0.7, minConfidence: 0.7, minSimilarity: 0.3 },
    privacyNotice: { minScore: 0.7, minConfidence: 0.7, minSimilarity: 0.3 },
  } as Record<string, GuessThresholds>,
  /** Whether a guess may add an intent when the rules already credited one. */
  guessAlongsideRules: false,
};
