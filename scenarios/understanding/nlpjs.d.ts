// The part of NLP.js (https://github.com/axa-group/nlp.js) the example-based recogniser uses; the packages ship no types.
declare module '@nlpjs/neural' {
  export interface NeuralCorpusItem {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export interface NeuralNetworkJson {
    settings: Record<string, unknown>;
    features?: string[];
    intents?: string[];
    perceptrons?: number[][];
  }
  export class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: NeuralCorpusItem[]): { error: number; iterations: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }
}
