import standard from './operatore-call-center-inbound.json' with { type: 'json' };

/** The regional standard "Operatore call center Inbound": its units, abilities and knowledge items. */
export interface StandardItem {
  code: string;
  it: string;
  en: string;
}

export const units = standard.units.map((unit) => ({
  code: unit.code as 'UF1' | 'UF2',
  title: { it: unit.title, en: unit.titleEn },
  abilities: unit.abilities as StandardItem[],
  knowledge: unit.knowledge as StandardItem[],
}));

export const abilityCodes: ReadonlySet<string> = new Set(units.flatMap((unit) => unit.abilities.map((a) => a.code)));
export const knowledgeCodes: ReadonlySet<string> = new Set(units.flatMap((unit) => unit.knowledge.map((k) => k.code)));
