import { describe, expect, it } from 'vitest';
import { Presence } from '../../server/runtime/presence.js';

describe('a trainee between calls', () => {
  it('reads the debrief in after-call work until they say they are ready', () => {
    const presence = new Presence();
    presence.connected('u-1');
    presence.callEnded('u-1', 1_000);
    expect(presence.statusOf('u-1', null)).toBe('afterCallWork');
    presence.choose('u-1', 'available', 5_000);
    expect(presence.statusOf('u-1', null)).toBe('available');
  });

  it('stays ready when they said so before the end was noted (the end is noted after scoring)', () => {
    const presence = new Presence();
    presence.connected('u-1');
    presence.choose('u-1', 'available', 1_000);
    presence.callEnded('u-1', 1_000);
    expect(presence.statusOf('u-1', null)).toBe('available');
    // A later call's end sends them to after-call work again.
    presence.callEnded('u-1', 2_000);
    expect(presence.statusOf('u-1', null)).toBe('afterCallWork');
  });
});
