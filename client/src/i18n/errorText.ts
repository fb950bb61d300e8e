import type { TFunction } from 'i18next';
import type { LabError } from '../../../protocol/result.js';

/**
 * An error in the interface's language: the server names the case (`params.reason`) and its specifics,
 * the console says it in its own words. The server's English message is shown only to an English
 * interface, when the console has no words for the case; errors the console made itself carry no
 * params and are already in its language.
 */
export function errorText(error: LabError, t: TFunction, language: string): { title: string; detail: string } {
  const title = t(`errors.code.${error.code}`);
  if (error.params === undefined) return { title, detail: error.message };
  const reason = error.params.reason;
  const key = `errors.reason.${String(reason)}`;
  // The course's later reasons are worded in their own catalogues (areas/coursemore.*.json, areas/archive.*.json).
  const areaKeys = [`coursemore.reason.${String(reason)}`, `archive.reason.${String(reason)}`];
  // i18next answers a missing key with the (last) key itself.
  const said = reason === undefined ? key : t([key, ...areaKeys], error.params);
  if (said !== key && !areaKeys.includes(said)) return { title, detail: said };
  return { title, detail: language === 'en' ? error.message : '' };
}
