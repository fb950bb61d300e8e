import { z } from 'zod';

/**
 * The rules of xAPI 1.0.3 (Data, part two of the spec, section 2.4) that the lab's statements must keep,
 * as a zod schema: strict objects (an LRS rejects properties the spec does not define), IRIs where the
 * spec says IRI, language maps keyed by RFC 5646 tags, UUIDs, scaled scores in [-1, 1], raw between
 * min and max, ISO 8601 durations and timestamps. Written from the spec for the tests, rather than
 * taking an npm validator: the few published ones are little used and check older drafts loosely.
 */

/** An absolute IRI: a scheme, a colon, no white space (RFC 3987); http(s) ones must parse as URLs. */
const iri = z.string().refine((value) => {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  if (!/^https?:/i.test(value)) return true;
  return URL.canParse(value);
}, 'not an absolute IRI');

const languageTag = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'not an RFC 5646 language tag');
const languageMap = z.record(languageTag, z.string()).refine((map) => Object.keys(map).length > 0, 'an empty language map');

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, 'not an RFC 4122 UUID');

const number = '\\d+(?:\\.\\d+)?';
export const iso8601Duration = new RegExp(
  `^P(?!$)(${number}Y)?(${number}M)?(${number}W)?(${number}D)?(T(?=\\d)(${number}H)?(${number}M)?(${number}S)?)?$`,
);
const timestamp = z.iso.datetime({ offset: true });

/** An Agent identified by exactly one inverse functional identifier; the lab's use the account form. */
const agent = z.strictObject({
  objectType: z.literal('Agent').optional(),
  name: z.string().optional(),
  account: z.strictObject({ homePage: iri, name: z.string().min(1) }),
});

const activity = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iri,
  definition: z
    .strictObject({
      name: languageMap.optional(),
      description: languageMap.optional(),
      type: iri.optional(),
      moreInfo: iri.optional(),
      extensions: z.record(iri, z.unknown()).optional(),
    })
    .optional(),
});

const contextActivityList = z.union([activity, z.array(activity)]);

const score = z
  .strictObject({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, 'min must be below max')
  .refine(
    (s) => s.raw === undefined || ((s.min ?? -Infinity) <= s.raw && s.raw <= (s.max ?? Infinity)),
    'raw must lie between min and max',
  );

/** A statement pointing at another by id: what a voiding statement's object must be. */
const statementRef = z.strictObject({ objectType: z.literal('StatementRef'), id: uuid });

const voided = 'http://adlnet.gov/expapi/verbs/voided';

export const xapiStatementSchema = z
  .strictObject({
    id: uuid,
    actor: agent,
    verb: z.strictObject({ id: iri, display: languageMap.optional() }),
    object: z.union([activity, statementRef]),
    result: z
      .strictObject({
        score: score.optional(),
        success: z.boolean().optional(),
        completion: z.boolean().optional(),
        response: z.string().optional(),
        duration: z.string().regex(iso8601Duration, 'not an ISO 8601 duration').optional(),
        extensions: z.record(iri, z.unknown()).optional(),
      })
      .optional(),
    context: z
      .strictObject({
        registration: uuid.optional(),
        instructor: agent.optional(),
        revision: z.string().optional(),
        platform: z.string().optional(),
        language: languageTag.optional(),
        contextActivities: z
          .strictObject({
            parent: contextActivityList.optional(),
            grouping: contextActivityList.optional(),
            category: contextActivityList.optional(),
            other: contextActivityList.optional(),
          })
          .optional(),
        extensions: z.record(iri, z.unknown()).optional(),
      })
      .optional(),
    timestamp: timestamp.optional(),
    version: z
      .string()
      .regex(/^1\.0(\.\d+)?$/, 'not a 1.0.x version')
      .optional(),
  })
  // Data 2.4.8 (voiding): a voiding statement's object is a StatementRef, and a StatementRef is only voided by it here.
  .refine(
    (statement) => (statement.verb.id === voided) === (statement.object.objectType === 'StatementRef'),
    'voided goes with a StatementRef',
  );

export const xapiStatementsSchema = z.array(xapiStatementSchema).min(1);
