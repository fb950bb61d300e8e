import { runBaselineLoad } from './baselineLoad.js';
import { runLabLoad } from './labLoad.js';
import type { CheckpointName, GeneratorMessage, LoadConfig, ParentMessage, WindowEdge } from './messages.js';

/**
 * The load generator: its own process (forked by bench/run.ts), so the server under bench and the
 * clients do not share an event loop. Talks to the parent over IPC only.
 */
const send = (message: GeneratorMessage) => process.send?.(message);

let resume: (() => void) | null = null;
const checkpoint = (name: CheckpointName) =>
  new Promise<void>((resolve) => {
    resume = resolve;
    send({ type: 'checkpoint', name });
  });

async function run(config: LoadConfig): Promise<void> {
  try {
    const onEdge = (edge: WindowEdge) => send({ type: 'window', edge });
    const result =
      config.target === 'lab' ? await runLabLoad(config, checkpoint, onEdge) : await runBaselineLoad(config, checkpoint, onEdge);
    send({ type: 'result', result });
  } catch (error) {
    send({ type: 'failed', message: (error as Error).stack ?? String(error) });
  }
  // Let the IPC message leave before the process ends.
  setTimeout(() => process.exit(0), 100);
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'start') void run(message.config);
  if (message.type === 'continue') {
    const go = resume;
    resume = null;
    go?.();
  }
});
