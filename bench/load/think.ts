import { sleep } from '../support/children.js';

/** A trainee's pause before an action: between half and one and a half times the mean, none for 0. */
export function think(meanMs: number): Promise<void> {
  return meanMs > 0 ? sleep(meanMs * (0.5 + Math.random())) : Promise.resolve();
}
