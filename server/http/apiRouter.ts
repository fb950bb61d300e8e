import { Router, type Request, type Response } from 'express';
import type { HttpApi } from '../../protocol/http.js';
import type { Result } from '../../protocol/result.js';
import { respond } from './respond.js';

type Method = 'GET' | 'POST';
type Route = keyof HttpApi;

/** The paths HttpApi lists for a method under a mount point, as the mounted router sees them. */
export type PathsUnder<M extends Method, Mount extends string> = Route extends infer R
  ? R extends `${M} ${Mount}${infer Path}`
    ? Path
    : never
  : never;

/** What HttpApi says a route answers with; `never` for a route it does not list. */
export type ResponseOf<R extends string> = R extends Route ? HttpApi[R]['response'] : never;

/** `{ id: string }` for '/sessions/:id': Express fills every named part whenever the path matches. */
export type ParamsOf<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Record<Name, string> & ParamsOf<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Record<Name, string>
    : Record<never, never>;

/** A route's work: the Result it answers with, which `respond` sends with the status its error implies. */
export type Answer<Key extends string, Path extends string> = (
  req: Request<ParamsOf<Path>>,
  res: Response,
) => Result<ResponseOf<Key>> | Promise<Result<ResponseOf<Key>>>;

/**
 * A router for the HttpApi routes under `mount`: each route's answer is checked against the
 * response type HttpApi lists for its method and path, so a route answering the wrong type does not compile.
 * `mount` is where app.ts mounts the router; it only names, for the compiler, which HttpApi paths it serves.
 */
export function apiRouter<Mount extends string>(_mount: Mount) {
  const router = Router();
  return {
    router,
    get<Path extends PathsUnder<'GET', Mount>>(path: Path, answer: Answer<`GET ${Mount}${Path}`, Path>): void {
      router.get(path, async (req: Request<ParamsOf<Path>>, res: Response) => respond(res, await answer(req, res)));
    },
    post<Path extends PathsUnder<'POST', Mount>>(path: Path, answer: Answer<`POST ${Mount}${Path}`, Path>): void {
      router.post(path, async (req: Request<ParamsOf<Path>>, res: Response) => respond(res, await answer(req, res)));
    },
  };
}
