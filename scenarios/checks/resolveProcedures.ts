import type { KbArticle } from '../company/model/content.js';
import type { EventPattern, EvidenceRule, RubricItem } from '../format/schema.js';

/** The event patterns of a rubric rule: the ones a `procedure` may sit on. */
function patternsOf(rule: EvidenceRule): { key: string; pattern: EventPattern }[] {
  switch (rule.kind) {
    case 'did':
      return [{ key: '', pattern: rule }];
    case 'order':
      return [
        { key: 'first', pattern: rule.first },
        { key: 'then', pattern: rule.then },
      ];
    case 'replied':
      return rule.before ? [{ key: 'before', pattern: rule.before }] : [];
    case 'avoided':
      return rule.event ? [{ key: 'event', pattern: rule.event }] : [];
    case 'anyOf':
    case 'allOf':
      // Kept simple on purpose: a procedure sits on a did/order rule of its own, never inside anyOf/allOf.
      return rule.rules.flatMap((single, index) =>
        patternsOf(single).map(({ key, pattern }) => ({ key: `rules.${index}${key ? `.${key}` : ''}`, pattern })),
      );
    default:
      return [];
  }
}

function resolvePattern(pattern: EventPattern, articles: readonly KbArticle[], place: string, problems: string[]): EventPattern {
  // The rule always comes from the company, never from the file: a hand-written one is dropped.
  const { identityRule: _written, ...rest } = pattern;
  if (pattern.procedure === undefined) return rest;
  const article = articles.find((candidate) => candidate.id === pattern.procedure);
  const withRule = articles.filter((candidate) => candidate.identityRule).map((candidate) => candidate.id);
  if (!article?.identityRule) {
    problems.push(
      `${place}.procedure: ${pattern.procedure} is not a verification procedure with an identity rule (those with one: ${withRule.join(', ') || 'none'})`,
    );
    return rest;
  }
  if (pattern.event !== 'identity.verified') problems.push(`${place}.procedure: only an identity.verified pattern follows a procedure`);
  return { ...rest, identityRule: article.identityRule };
}

/**
 * Copies each referenced procedure's identity rule from the company's knowledge base into the rubric,
 * so scoring follows the company's procedure (KB-001) instead of a number copied by hand into each file.
 */
export function resolveProcedures(
  rubric: readonly RubricItem[],
  articles: readonly KbArticle[],
): { rubric: RubricItem[]; problems: string[] } {
  const problems: string[] = [];
  const resolved = rubric.map((item, index) => {
    const place = (key: string) => `rubric.${index}.rule${key ? `.${key}` : ''}`;
    const rule = { ...item.rule } as Record<string, unknown>;
    for (const { key, pattern } of patternsOf(item.rule)) {
      if (key.startsWith('rules.')) {
        if (pattern.procedure !== undefined)
          problems.push(`${place(key)}.procedure: put a procedure on a rule of its own, not inside anyOf/allOf`);
        continue;
      }
      const done = resolvePattern(pattern, articles, place(key), problems);
      if (key === '') Object.assign(rule, done, { identityRule: done.identityRule });
      else rule[key] = done;
    }
    if (rule.identityRule === undefined) delete rule.identityRule;
    return { ...item, rule: rule as EvidenceRule };
  });
  return { rubric: resolved, problems };
}
