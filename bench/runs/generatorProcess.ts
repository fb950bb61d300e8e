import { forkTs, stopChild } from '../support/children.js';
import type { CheckpointName, GeneratorMessage, LoadConfig, LoadResult, ParentMessage, WindowEdge } from '../load/messages.js';

/**
 * Runs the load generator in its own process: starts it, lets `atCheckpoint` take its readings while
 * the generator waits, and resolves with its result. A generator that hangs is killed after `limitMs`.
 */
export function runGenerator(
  config: LoadConfig,
  atCheckpoint: (name: CheckpointName) => Promise<void>,
  atWindowEdge: (edge: WindowEdge) => void,
  limitMs: number,
): Promise<LoadResult> {
  const child = forkTs('bench/load/generator.ts');
  const send = (message: ParentMessage) => child.send(message);
  return new Promise<LoadResult>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`the ${config.target} load generator did not finish within ${limitMs / 1000} s`)),
      limitMs,
    );
    const finish = (outcome: LoadResult | Error) => {
      clearTimeout(timer);
      child.removeAllListeners('message');
      child.removeAllListeners('exit');
      void stopChild(child).then(() => (outcome instanceof Error ? reject(outcome) : resolve(outcome)));
    };
    child.on('message', (message: GeneratorMessage) => {
      if (message.type === 'checkpoint') {
        atCheckpoint(message.name).then(
          () => send({ type: 'continue' }),
          (error: Error) => finish(error),
        );
      } else if (message.type === 'window') atWindowEdge(message.edge);
      else if (message.type === 'result') finish(message.result);
      else finish(new Error(`the ${config.target} load generator failed: ${message.message}`));
    });
    child.on('exit', (code) => finish(new Error(`the ${config.target} load generator exited (${code}) without a result`)));
    send({ type: 'start', config });
  });
}
