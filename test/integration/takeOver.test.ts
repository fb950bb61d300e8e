import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../protocol/audit.js';
import type { SessionEvent } from '../../protocol/events.js';
import type { ScoreReport } from '../../protocol/views.js';
import { hashPassword } from '../../server/auth/password.js';
import { actionId, connectAs, connectDemo, eventually, getJson, login, startLab, stopLab, type RunningLab } from '../support/lab.js';
import { addSecondClass } from '../support/reviewApi.js';
import { ManualClock } from '../support/manualClock.js';

const running: RunningLab[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stopLab));
});

/** A lab on a clock the test moves, with a second class (aula-b) whose instructor must never reach aula-a's calls. */
async function labWithTwoClasses() {
  const clock = new ManualClock();
  const lab = await startLab({ clock, socketEventsPerSecond: 0 });
  running.push(lab);
  clock.settle = () => lab.application.context.registry.settled();
  await addSecondClass(lab, hashPassword);
  return { clock, lab };
}

async function callOn(lab: RunningLab, scenarioId: string) {
  const instructor = await connectDemo(lab, 'instructor');
  const trainee = await connectDemo(lab, 'trainee1');
  const heard: SessionEvent[] = [];
  trainee.socket.on('session:events', ({ events }) => heard.push(...events));
  const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
  const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  const act = (action: Parameters<typeof trainee.socket.emitWithAck<'session:act'>>[1]['action']) =>
    trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
  const events = () => lab.application.context.registry.eventsOf(sessionId);
  return { instructor, trainee, heard, sessionId, act, events };
}

const greeting = 'Vesuvio Telecom, sono Giulia, buongiorno. Come posso aiutarla?';

describe('an instructor taking over the caller of a live call', () => {
  it('only the class’s instructor may; the script and its timers wait; the typed lines reach the trainee as the caller’s', async () => {
    const { clock, lab } = await labWithTwoClasses();
    const { instructor, trainee, heard, sessionId, act, events } = await callOn(lab, 'helpdesk-fibra-guasto');
    await act({ type: 'call.answer' });
    await act({ type: 'reply', text: greeting });
    const count = (await events()).length;

    // The trainee can never send one; another class's instructor is told there is no such call.
    expect(await trainee.socket.emitWithAck('session:takeOver', { sessionId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const cookieB = await login(lab.baseUrl, 'docente-b', 'docente-b');
    const instructorB = await connectAs(lab.baseUrl, cookieB);
    expect(await instructorB.emitWithAck('session:takeOver', { sessionId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Nobody plays the caller yet: there is nothing to type as the caller, nor to hand back.
    expect(await instructor.socket.emitWithAck('session:playCaller', { sessionId, text: 'Pronto?', mood: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'notTakenOver' } },
    });
    expect((await events()).length).toBe(count);

    expect(await instructor.socket.emitWithAck('session:takeOver', { sessionId })).toMatchObject({ ok: true });
    // The wall says whose voice the caller has now.
    const wall = await instructor.socket.emitWithAck('wall:watch', {});
    expect(wall.ok && wall.data.cards.find((card) => card.sessionId === sessionId)?.callerPlayedBy).toBe('Prof.ssa Rosa Iovino');
    expect(await instructor.socket.emitWithAck('session:takeOver', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'alreadyTakenOver' } },
    });
    const callerLinesBefore = heard.filter((event) => event.type === 'caller.said').length;
    // The scripted caller would have lost patience and hung up by now: played by the instructor, it waits.
    await clock.advance(600_000);
    expect((await events()).filter((event) => event.type === 'timer.expired')).toEqual([]);
    expect(heard.filter((event) => event.type === 'caller.said')).toHaveLength(callerLinesBefore);

    const line = 'Guardi, è la terza volta che chiamo, voglio sapere quando torna internet.';
    expect(await instructor.socket.emitWithAck('session:playCaller', { sessionId, text: `  ${line} `, mood: -2 })).toMatchObject({
      ok: true,
    });
    await eventually(() => heard.some((event) => event.type === 'caller.said' && event.data.text === line));
    // The trainee hears a caller's line like any other: nothing says who typed it, nor the mood picked.
    const said = heard.find((event) => event.type === 'caller.said' && event.data.text === line)!;
    expect(said.by).toBe('caller');
    expect(heard.some((event) => event.type.startsWith('coach.') || event.type === 'script.advanced')).toBe(false);
    expect(JSON.stringify(heard)).not.toContain('u-docente');

    // The log says who played it and when; the caller's mood is the one picked.
    const log = await events();
    const played = log.find((event) => event.type === 'coach.playedCaller')!;
    expect(played).toMatchObject({ by: 'instructor', data: { text: line, mood: -2, instructorId: 'u-docente' } });
    expect(log.find((event) => event.seq === played.seq + 2)).toMatchObject({ type: 'caller.said', data: { text: line } });
    expect(lab.application.context.registry.live(sessionId)!.core.view.mood).toBe(-2);

    // The trainee's replies are understood and recorded as usual, and move no script while the instructor plays.
    const state = lab.application.context.registry.live(sessionId)!.core.view.scriptState;
    await act({ type: 'reply', text: 'Mi dispiace molto per il disagio, capisco la sua frustrazione.' });
    const reply = (await events()).at(-1)!;
    expect(reply.type).toBe('trainee.replied');
    expect(reply.type === 'trainee.replied' && reply.data.intents.map((match) => match.intent)).toContain('empathy');
    expect(lab.application.context.registry.live(sessionId)!.core.view.scriptState).toBe(state);

    // The who-watched audit names the take-over; the instructor can still end the call.
    const assessor = await connectDemo(lab, 'assessor');
    const audit = await getJson<AuditEntry[]>(lab.baseUrl, `/api/sessions/${sessionId}/audit`, assessor.cookie);
    expect(audit.body.ok && audit.body.data.filter((entry) => entry.act === 'tookOver')).toEqual([
      expect.objectContaining({ userId: 'u-docente', userName: expect.any(String) }),
    ]);
    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'end' })).toMatchObject({ ok: true });
    await lab.application.context.registry.settled();
    expect((await events()).at(-1)).toMatchObject({ type: 'session.ended', data: { outcome: 'endedByInstructor' } });
    // A call that is over cannot be taken over.
    expect(await instructor.socket.emitWithAck('session:takeOver', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'callOver' } },
    });
    for (const socket of [instructor.socket, trainee.socket, instructorB, assessor.socket]) socket.close();
  });

  it('hands the call back at the state the instructor picks, and the script goes on from there with its timers', async () => {
    const { clock, lab } = await labWithTwoClasses();
    const { instructor, trainee, heard, sessionId, act, events } = await callOn(lab, 'helpdesk-fibra-guasto');
    await act({ type: 'call.answer' });
    await act({ type: 'reply', text: greeting });
    expect(await instructor.socket.emitWithAck('session:takeOver', { sessionId })).toMatchObject({ ok: true });

    const states = await instructor.socket.emitWithAck('session:handBackStates', { sessionId });
    const ids = states.ok ? states.data.map((state) => state.id) : [];
    // Named in words; no end state, and not the ringing of a call already answered.
    expect(ids).toContain('closing');
    expect(ids).not.toContain('ringing');
    expect(ids).not.toContain('done');
    expect(states.ok && states.data.find((state) => state.id === 'closing')!.label).toEqual({ it: 'Congedo', en: 'Saying goodbye' });
    // Bad payloads and unknown states are refused, changing nothing.
    const count = (await events()).length;
    for (const payload of [
      { sessionId, state: 'done' },
      { sessionId, state: 'nowhere' },
    ])
      expect(await instructor.socket.emitWithAck('session:handBack', payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const payload of [
      { sessionId, state: '' },
      { sessionId, state: '__proto__' },
    ])
      expect(await instructor.socket.emitWithAck('session:handBack', payload)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    for (const payload of [
      { sessionId, text: '   ', mood: 0 },
      { sessionId, text: 'Pronto', mood: 7 },
      { sessionId, text: 'x'.repeat(501), mood: 0 },
      { sessionId, text: 'Pronto', mood: 1.5 },
    ])
      expect(await instructor.socket.emitWithAck('session:playCaller', payload)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    expect(await trainee.socket.emitWithAck('session:handBack', { sessionId, state: 'closing' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await events()).length).toBe(count);

    expect(await instructor.socket.emitWithAck('session:handBack', { sessionId, state: 'closing' })).toMatchObject({ ok: true });
    const handedBack = (await events()).find((event) => event.type === 'coach.handedBack')!;
    expect(handedBack).toMatchObject({ by: 'instructor', data: { state: 'closing', instructorId: 'u-docente' } });
    // From "closing" the caller, left in silence for 20 s, says goodbye and hangs up: the script runs again from there.
    await clock.advance(19_000);
    expect((await events()).filter((event) => event.type === 'timer.expired')).toEqual([]);
    await clock.advance(1_000);
    await eventually(() => heard.some((event) => event.type === 'call.hungUp'));
    const after = (await events()).filter((event) => event.seq > handedBack.seq);
    expect(after.find((event) => event.type === 'timer.expired')!.at - handedBack.at).toBe(20_000);
    expect(
      after.filter((event) => event.type === 'script.advanced').map((event) => event.type === 'script.advanced' && event.data.state),
    ).toEqual(['closing', 'done']);
    const assessor = await connectDemo(lab, 'assessor');
    const audit = await getJson<AuditEntry[]>(lab.baseUrl, `/api/sessions/${sessionId}/audit`, assessor.cookie);
    expect(audit.body.ok && audit.body.data.map((entry) => entry.act).filter((act) => act === 'tookOver' || act === 'handedBack')).toEqual([
      'tookOver',
      'handedBack',
    ]);
    for (const socket of [instructor.socket, trainee.socket, assessor.socket]) socket.close();
  });
});

describe('a free role-play', () => {
  it('rings already taken over by the launching instructor, has no script to hand back to, and leaves its rubric to the assessor', async () => {
    const { lab } = await labWithTwoClasses();
    const { instructor, trainee, heard, sessionId, act, events } = await callOn(lab, 'roleplay-libero');
    expect(sessionId).not.toBe('');
    const launch = await events();
    expect(launch.map((event) => event.type)).toEqual(['session.launched', 'call.offered', 'coach.tookOver']);
    expect(launch[2]).toMatchObject({ by: 'instructor', data: { instructorId: 'u-docente' } });
    expect(heard.some((event) => event.type === 'coach.tookOver')).toBe(false);

    await act({ type: 'call.answer' });
    // Answered, the caller says nothing of its own: the instructor speaks first.
    expect(heard.filter((event) => event.type === 'caller.said')).toEqual([]);
    expect(
      await instructor.socket.emitWithAck('session:playCaller', { sessionId, text: 'Buongiorno, sono Fabio Tretola.', mood: 0 }),
    ).toMatchObject({
      ok: true,
    });
    await eventually(() => heard.some((event) => event.type === 'caller.said' && event.data.text === 'Buongiorno, sono Fabio Tretola.'));
    expect(await instructor.socket.emitWithAck('session:handBackStates', { sessionId })).toEqual({ ok: true, data: [] });
    expect(await instructor.socket.emitWithAck('session:handBack', { sessionId, state: 'livePlay' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'noScriptToHandBack' } },
    });

    await act({ type: 'reply', text: greeting });
    await act({ type: 'call.hangUp' });
    await act({ type: 'wrapup.submit', disposition: 'info-given', notes: 'Role-play' });
    await lab.application.context.registry.settled();
    expect((await events()).at(-1)).toMatchObject({ type: 'session.ended' });
    const score = await getJson<ScoreReport>(lab.baseUrl, `/api/sessions/${sessionId}/score`, instructor.cookie);
    const items = score.body.ok ? score.body.data.items : [];
    // The greeting was said, yet the item is the assessor's to judge: never credited (nor missed) from intents.
    expect(items.find((item) => item.id === 'greeting')).toMatchObject({
      status: 'byHand',
      explanation: { en: 'To be judged by hand: the lab does not judge it by itself, the assessor does.' },
    });
    expect(items.find((item) => item.id === 'verifyIdentity')).toMatchObject({ status: 'missed' });
    for (const socket of [instructor.socket, trainee.socket]) socket.close();
  });

  it('cannot be started by a trainee, who would have nobody to play the caller', async () => {
    const { lab } = await labWithTwoClasses();
    // Opened to the class for practice, it is still not offered to its trainees.
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const scenarioIds = ['roleplay-libero', 'helpdesk-fibra-guasto'];
    expect(await instructor.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds })).toMatchObject({ ok: true });
    const practice = await getJson<{ id: string }[]>(lab.baseUrl, '/api/practice', trainee.cookie);
    expect(practice.body.ok && practice.body.data.map((scenario) => scenario.id)).toEqual(['helpdesk-fibra-guasto']);
    expect(await trainee.socket.emitWithAck('session:practice', { scenarioId: 'roleplay-libero' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const socket of [instructor.socket, trainee.socket]) socket.close();
    expect(await lab.application.context.registry.launch('roleplay-libero', ['u-allievo1'], 'u-allievo1')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', params: { reason: 'rolePlayNeedsInstructor' } },
    });
    expect(lab.application.context.registry.liveSessionOf('u-allievo1')).toBeUndefined();
  });
});
