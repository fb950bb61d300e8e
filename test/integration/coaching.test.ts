import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import type { ScoreReport } from '../../protocol/views.js';
import { actionId, connectDemo, eventually, getJson, labPerFile } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

const floor = labPerFile();
const { sockets } = floor;

describe('the instructor whispering to a trainee in a live call', () => {
  it('reaches the trainee marked as the instructor’s, never the caller, and the score says which items came after it', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    sockets.push(instructor.socket, trainee.socket);
    const seen: SessionEvent[] = [];
    trainee.socket.on('session:events', (message) => seen.push(...message.events));

    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    const [answer, greeting, ...rest] = exemplaryFibreCall;
    for (const step of [answer!, greeting!])
      await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: step.action });
    const registry = floor.lab.application.context.registry;
    const before = registry.live(sessionId)!.core;

    const whispered = await instructor.socket.emitWithAck('session:whisper', { sessionId, text: '  Ricorda l’informativa privacy  ' });
    expect(whispered).toMatchObject({ ok: true });
    await eventually(() => seen.some((event) => event.type === 'coach.whispered'));
    const note = seen.find((event) => event.type === 'coach.whispered')!;
    expect(note).toMatchObject({ by: 'instructor', data: { text: 'Ricorda l’informativa privacy', instructorId: 'u-docente' } });

    // The caller heard nothing: no line, the script and its timers are where they were.
    const after = registry.live(sessionId)!.core;
    expect(after.script.value).toEqual(before.script.value);
    expect(after.timersFrom).toBe(before.timersFrom);
    expect(seen.filter((event) => event.seq > note.seq)).toEqual([]);

    for (const step of rest) await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: step.action });
    await registry.settled();

    const score = await getJson<ScoreReport>(floor.lab.baseUrl, `/api/sessions/${sessionId}/score`, instructor.cookie);
    const items = score.body.ok ? score.body.data.items : [];
    // Items earned before the whisper are the trainee's own; items earned after carry the whisper's moment.
    const coached = items.filter((item) => item.coachedAfter !== undefined);
    expect(coached.length).toBeGreaterThan(0);
    for (const item of coached) expect(Math.min(...item.evidence)).toBeGreaterThan(note.seq);
    const own = items.filter((item) => item.status === 'met' && item.evidence.length && Math.min(...item.evidence) < note.seq);
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) expect(item.coachedAfter).toBeUndefined();

    // The replay's log keeps the whisper at its moment, with who sent it.
    const replay = await getJson<{ events: SessionEvent[] }>(floor.lab.baseUrl, `/api/sessions/${sessionId}`, instructor.cookie);
    expect(replay.body.ok && replay.body.data.events.find((event) => event.seq === note.seq)).toMatchObject({ type: 'coach.whispered' });

    // Once the call is over there is nobody to whisper to.
    expect(await instructor.socket.emitWithAck('session:whisper', { sessionId, text: 'Troppo tardi' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  });

  it('refuses an empty or overlong note, and a trainee’s whisper, changing nothing', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee2');
    sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo2'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    const registry = floor.lab.application.context.registry;
    const count = () => registry.live(sessionId)!.events.length;
    const before = count();
    for (const text of ['   ', 'x'.repeat(501)])
      expect(await instructor.socket.emitWithAck('session:whisper', { sessionId, text })).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    expect(await trainee.socket.emitWithAck('session:whisper', { sessionId, text: 'ciao' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(count()).toBe(before);
  });
});
