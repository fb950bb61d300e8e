import { describe, expect, it } from 'vitest';
import { abilityCodes, abilityName, knowledgeCodes, unitCodes, unitOf, units, unitTitle } from '../../protocol/standard.js';
import document from '../../scenarios/standard/operatore-call-center-inbound.json' with { type: 'json' };

const words = (items: readonly { code: string; it: string; en: string }[]) => items.map(({ code, it, en }) => ({ code, it, en }));

// The lab's copy of the standard must say what the standard's document says, no more and no less.
describe('the standard the lab scores against', () => {
  it('has the document’s units, in its order, with their titles', () => {
    expect(units.map((unit) => ({ code: unit.code, title: unit.title }))).toEqual(
      document.units.map((unit) => ({ code: unit.code, title: { it: unit.title, en: unit.titleEn } })),
    );
    expect([...unitCodes]).toEqual(document.units.map((unit) => unit.code));
  });

  it('has every ability and knowledge item of each unit, with its words, and nothing else', () => {
    for (const unit of document.units) {
      const copy = units.find((candidate) => candidate.code === unit.code);
      expect(words(copy?.abilities ?? []), unit.code).toEqual(words(unit.abilities));
      expect(words(copy?.knowledge ?? []), unit.code).toEqual(words(unit.knowledge));
    }
    const documentAbilities = document.units.flatMap((unit) => unit.abilities.map((ability) => ability.code));
    const documentKnowledge = document.units.flatMap((unit) => unit.knowledge.map((item) => item.code));
    expect([...abilityCodes].sort()).toEqual([...documentAbilities].sort());
    expect([...knowledgeCodes].sort()).toEqual([...documentKnowledge].sort());
  });

  it('names an ability and a unit in the interface’s language, and places a code in its unit', () => {
    expect(abilityName('UF1.A7', 'en')).toBe('Apply the procedures for forwarding to technical support the requests that need it');
    expect(abilityName('UF2.A3', 'it')).toBe('Immettere ed estrarre dati da data-base');
    expect(abilityName('UF9.A1', 'en')).toBe('UF9.A1');
    expect(unitTitle('UF2', 'en')).toBe('Manage data and information connected with telephone assistance');
    expect(unitOf('UF1.K10')).toBe('UF1');
    expect(unitOf('UF2.A5')).toBe('UF2');
    expect(unitOf('UF3.A1')).toBeUndefined();
  });
});
