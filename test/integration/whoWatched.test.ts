import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../protocol/audit.js';
import { actionId, connectDemo, getJson, startLab, type RunningLab } from '../support/lab.js';

const labs: RunningLab[] = [];
afterEach(async () => {
  for (const lab of labs.splice(0)) await lab.stop();
});

const acts = (entries: AuditEntry[]) => entries.map((entry) => [entry.act, entry.userName]);

describe('the audit of who watched a call', () => {
  it('tells assessors and admins who monitored, mirrored, whispered, paused, resumed and ended it, kept across a restart', async () => {
    const lab = await startLab();
    labs.push(lab);
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    const admin = await connectDemo(lab, 'admin');
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    if (!launched.ok) throw new Error('the call should ring');
    const sessionId = launched.data.sessionIds[0]!;
    await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });

    // The monitor opens, reconnects at once (one record, not two), and turns its mirror on.
    expect(await instructor.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).toMatchObject({ ok: true });
    expect(await instructor.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).toMatchObject({ ok: true });
    expect(await instructor.socket.emitWithAck('session:mirror', { sessionId })).toEqual({ ok: true, data: null });
    // A trainee never mirrors, and the trainee's own join is no watching.
    expect(await trainee.socket.emitWithAck('session:mirror', { sessionId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await instructor.socket.emitWithAck('session:whisper', { sessionId, text: 'Chiedi il codice cliente' });
    await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'pause' });
    await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'resume' });
    await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'end' });
    await lab.application.context.registry.settled();
    expect(await instructor.socket.emitWithAck('session:mirror', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });

    const teacher = 'Prof.ssa Rosa Iovino';
    const expected = [
      ['monitored', teacher],
      ['mirrored', teacher],
      ['whispered', teacher],
      ['paused', teacher],
      ['resumed', teacher],
      ['ended', teacher],
    ];
    for (const reader of [assessor, admin]) {
      const { status, body } = await getJson<AuditEntry[]>(lab.baseUrl, `/api/sessions/${sessionId}/audit`, reader.cookie);
      expect(status).toBe(200);
      expect(body.ok && acts(body.data)).toEqual(expected);
      expect(body.ok && body.data.every((entry) => entry.userId === 'u-docente' && entry.at > 0)).toBe(true);
    }
    // Neither the watched trainee nor the watching instructor reads it.
    for (const other of [trainee, instructor]) {
      expect((await getJson(lab.baseUrl, `/api/sessions/${sessionId}/audit`, other.cookie)).status).toBe(403);
    }
    expect((await getJson(lab.baseUrl, `/api/sessions/${sessionId}/audit`)).status).toBe(401);
    expect((await getJson(lab.baseUrl, '/api/sessions/nosuchsession/audit', assessor.cookie)).status).toBe(404);

    // Monitoring and mirroring are lines of audit.jsonl; the rest lives in the session's own log.
    const lines = (await readFile(path.join(lab.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).act)).toEqual(['monitored', 'mirrored']);

    for (const socket of [instructor, trainee, assessor, admin]) socket.socket.disconnect();
    await lab.stop();
    labs.splice(0);
    const again = await startLab({}, lab.dataDir);
    labs.push(again);
    const reader = await connectDemo(again, 'assessor');
    const after = await getJson<AuditEntry[]>(again.baseUrl, `/api/sessions/${sessionId}/audit`, reader.cookie);
    reader.socket.disconnect();
    expect(after.body.ok && acts(after.body.data)).toEqual(expected);
  }, 60_000);
});
