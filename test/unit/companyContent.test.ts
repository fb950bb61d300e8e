import { describe, expect, it } from 'vitest';
import { colleaguesOf, escalationRuleFor, fillEmailTemplate, findEmailTemplate } from '../../scenarios/company/company.js';
import { loadCompany } from '../../scenarios/company/load.js';
import { templateLanguages } from '../../scenarios/company/model/content.js';

const company = loadCompany();

const departments = new Set(company.departments.map((d) => d.id));
const articles = new Set(company.knowledgeBase.map((a) => a.id));
const products = new Set(company.products.map((p) => p.id));
const categories = company.ticketCategories.map((c) => c.code);

describe('the knowledge base', () => {
  it('has procedures, manuals, troubleshooting guides and FAQs, some in English', () => {
    const kinds = new Set(company.knowledgeBase.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['faq', 'manuale', 'procedura', 'risoluzione problemi']);
    expect(company.knowledgeBase.filter((a) => a.language === 'en').length).toBeGreaterThanOrEqual(3);
  });

  it('only refers to articles, products and departments that exist', () => {
    const everything = JSON.stringify([company.knowledgeBase, company.processes, company.escalationRules, company.plans, company.products]);
    for (const [reference] of everything.matchAll(/KB-\d{3}/g)) expect(articles, reference).toContain(reference);
    for (const article of company.knowledgeBase) {
      for (const id of article.related) expect(articles).toContain(id);
      for (const id of article.products) expect(products, `${article.id} → ${id}`).toContain(id);
      for (const id of article.departments) expect(departments).toContain(id);
    }
  });

  it('tells the trainee what the procedures say', () => {
    const text = (id: string) => JSON.stringify(company.knowledgeBase.find((a) => a.id === id));
    expect(text('KB-001')).toMatch(/almeno due dati tra codice cliente, codice fiscale, data di nascita/);
    expect(text('KB-001')).toMatch(/Non leggere i dati della scheda/);
    expect(text('KB-027')).toMatch(/Internet – verde fissa/);
    expect(text('KB-027')).toMatch(/inoltralo a tech-l2/);
    expect(text('KB-004')).toMatch(/entro 14 giorni dal giorno della consegna/);
  });
});

describe('the organisation chart and escalation rules', () => {
  it('gives every department a unit with a deputy, extension and e-mail, reporting to a real department', () => {
    for (const department of company.departments) {
      const unit = company.organisation.units.find((u) => u.department === department.id);
      expect(unit, department.id).toBeDefined();
      if (unit?.reportsTo) expect(departments).toContain(unit.reportsTo);
    }
  });

  it('has exactly one rule per ticket category, naming real departments and dispositions', () => {
    for (const category of categories)
      expect(
        company.escalationRules.filter((r) => r.ticketCategories.includes(category)),
        category,
      ).toHaveLength(1);
    const dispositions = new Set(company.dispositions.map((d) => d.code));
    for (const rule of company.escalationRules) {
      expect(departments).toContain(rule.firstLevel);
      if (rule.secondLevel) expect(departments).toContain(rule.secondLevel);
      expect(dispositions).toContain(rule.disposition);
    }
  });

  it('sends unsolved line faults from tech-l1 to tech-l2 and privacy requests to the DPO', () => {
    expect(escalationRuleFor(company, 'line-fault')).toMatchObject({
      firstLevel: 'tech-l1',
      secondLevel: 'tech-l2',
      disposition: 'escalated-technical',
    });
    expect(escalationRuleFor(company, 'privacy')?.secondLevel).toBe('privacy');
    expect(escalationRuleFor(company, 'information')?.secondLevel).toBeNull();
  });

  it('names colleagues a message can be left for', () => {
    const colleagues = colleaguesOf(company);
    expect(colleagues.map((c) => c.id)).toEqual(
      expect.arrayContaining(['rosaria.cuomo', 'anna.russo', 'giulia.esposito', 'paolo.ricci', 'luca.iovine']),
    );
    expect(new Set(colleagues.map((c) => c.id)).size).toBe(colleagues.length);
  });
});

describe('process diagrams', () => {
  it('are well-formed: one start, branches to existing steps, every step reachable, every path ends', () => {
    for (const process of company.processes) {
      const steps = new Map(process.steps.map((s) => [s.id, s]));
      expect(steps.size, process.id).toBe(process.steps.length);
      expect(process.steps.filter((s) => s.kind === 'start')).toHaveLength(1);
      const next = (id: string): string[] => {
        const step = steps.get(id);
        if (!step || step.kind === 'end') return [];
        return step.kind === 'decision' ? step.options.map((o) => o.to) : [step.next];
      };
      for (const step of process.steps) {
        for (const target of next(step.id)) expect(steps.has(target), `${process.id}: ${step.id} → ${target}`).toBe(true);
        if (step.department) expect(departments).toContain(step.department);
      }
      const reached = new Set<string>();
      const queue = [process.steps[0]?.id ?? ''];
      while (queue.length > 0) {
        const id = queue.shift() ?? '';
        if (reached.has(id)) continue;
        reached.add(id);
        queue.push(...next(id));
      }
      expect(
        [...steps.keys()].filter((id) => !reached.has(id)),
        process.id,
      ).toEqual([]);
      expect(process.steps.some((s) => s.kind === 'decision')).toBe(true);
    }
  });

  it('routes a complaint to the complaints office', () => {
    const complaint = company.processes.find((p) => p.id === 'complaint-handling');
    expect(complaint?.steps.some((s) => s.department === 'complaints')).toBe(true);
  });
});

describe('e-mail templates', () => {
  it('exist in Italian, English, French, German and Spanish with the same placeholders', () => {
    for (const template of company.emailTemplates) {
      for (const language of templateLanguages) {
        const { subject, body } = template.translations[language];
        const used = new Set([...`${subject} ${body}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
        expect([...used].sort(), `${template.id} ${language}`).toEqual([...template.placeholders].sort());
        expect(body, `${template.id} ${language}`).toMatch(
          /\((Azienda fittizia|Fictional company|Entreprise fictive|Fiktives Unternehmen|Empresa ficticia)/,
        );
      }
      for (const category of template.ticketCategories) expect(categories).toContain(category);
    }
  });

  it('fill their placeholders and report the missing ones', () => {
    const template = findEmailTemplate(company, 'complaint-ack');
    expect(template).toBeDefined();
    if (!template) return;
    const filled = fillEmailTemplate(template, 'de', { customerName: 'Frau Weber', ticketId: 'TK-1' });
    expect(filled.subject).toBe('Wir haben Ihre Beschwerde erhalten – Vorgang TK-1');
    expect(filled.body).toContain('Sehr geehrte/r Frau Weber');
    expect(filled.missing).toEqual(['agentName']);
  });
});
