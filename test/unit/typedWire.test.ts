import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { TraineeAction } from '../../protocol/actions.js';
import { ok, type Result } from '../../protocol/result.js';
import type { ClientToServerEvents, JoinedSession, sessionActSchema, sessionLeaveSchema } from '../../protocol/socket.js';
import type { ConsoleDirectory } from '../../protocol/views.js';
import type { LabSocket, request, RequestPayload } from '../../client/src/api/socketRequest.js';
import type { callApi } from '../../client/src/api/http.js';
import { apiRouter } from '../../server/http/apiRouter.js';

/*
 * The wire is typed end to end: these lines are checked by `npx tsc --noEmit`. Each `@ts-expect-error`
 * fails the type check if the line under it ever compiles, that is if the protocol stops catching the mistake.
 * The functions holding them are never called: nothing is sent anywhere.
 */

const answer: TraineeAction = { type: 'call.answer' };

describe('the socket protocol as the compiler sees it', () => {
  it('types each payload with its schema’s input', () => {
    expectTypeOf<RequestPayload<'session:act'>>().toEqualTypeOf<z.input<typeof sessionActSchema>>();
    expectTypeOf<Parameters<ClientToServerEvents['session:leave']>[0]>().toEqualTypeOf<z.input<typeof sessionLeaveSchema>>();
    expectTypeOf<ReturnType<typeof request<'session:join'>>>().toEqualTypeOf<Promise<Result<JoinedSession>>>();
  });

  it('refuses a wrong payload for session:act, from the console and from a bare socket.io client', () => {
    const fromConsole = (send: typeof request, socket: LabSocket) => {
      void send(socket, 'session:act', { sessionId: 'abcdef', actionId: 'abcdefgh', action: answer });
      // @ts-expect-error the client-made action id is missing
      void send(socket, 'session:act', { sessionId: 'abcdef', action: answer });
      // @ts-expect-error an action the protocol does not know
      void send(socket, 'session:act', { sessionId: 'abcdef', actionId: 'abcdefgh', action: { type: 'call.explode' } });
      // @ts-expect-error the payload of another event
      void send(socket, 'session:act', { sessionId: 'abcdef', sinceSeq: 0 });
      // @ts-expect-error leaving names the session
      void send(socket, 'session:leave', {});
      // @ts-expect-error a watch request carries nothing
      void send(socket, 'roster:watch', { everything: true });
    };
    const bare = (socket: LabSocket) => {
      // @ts-expect-error the action must be an object of the protocol, not its name
      void socket.emitWithAck('session:act', { sessionId: 'abcdef', actionId: 'abcdefgh', action: 'call.answer' });
    };
    expectTypeOf(fromConsole).toBeFunction();
    expectTypeOf(bare).toBeFunction();
  });
});

describe('the HTTP API as the compiler sees it', () => {
  it('refuses a route answering another type than HttpApi lists for its path', () => {
    const routes = (directory: ConsoleDirectory) => {
      const api = apiRouter('/api');
      api.get('/directory', () => ok(directory));
      // @ts-expect-error the directory route answers a ConsoleDirectory, not a list of sessions
      api.get('/directory', () => ok([{ id: 'session-1' }]));
      // @ts-expect-error a session route answers the joined session, not its score's number
      api.get('/sessions/:id', async (req) => ok(req.params.id.length));
      // @ts-expect-error a path HttpApi does not list
      api.get('/secrets', () => ok(null));
      // @ts-expect-error GET /api/auth/logout is not in HttpApi: logging out is a POST
      apiRouter('/api/auth').get('/logout', () => ok(null));
    };
    expectTypeOf(routes).toBeFunction();
  });

  it('gives the client’s fetch helper the response type of the route it calls', () => {
    expectTypeOf<Awaited<ReturnType<typeof callApi<'GET /api/directory'>>>>().toEqualTypeOf<Result<ConsoleDirectory>>();
  });
});
