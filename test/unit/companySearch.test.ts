import { describe, expect, it } from 'vitest';
import { customerHistory, findPlan, searchCustomers, searchKnowledgeBase, searchProducts } from '../../scenarios/company/company.js';
import { loadCompany } from '../../scenarios/company/load.js';

const company = loadCompany();

const topArticle = (query: string, language?: 'it' | 'en') => searchKnowledgeBase(company, query, { language })[0]?.id;
const topProduct = (query: string) => searchProducts(company, query)[0]?.id;
const found = (query: string) => searchCustomers(company, query).map((c) => c.id);

describe('knowledge-base search finds what a trainee looks for', () => {
  it.each([
    ['spia rossa modem', 'KB-027'],
    ['spie rosse', 'KB-027'],
    ['modm rosso', 'KB-027'],
    ['diritto di recesso', 'KB-004'],
    ['reso entro 14 giorni', 'KB-004'],
    ['verifica identità', 'KB-001'],
    ['gestione reclamo', 'KB-002'],
    ['escalation secondo livello', 'KB-003'],
    ['cancellazione dati personali', 'KB-005'],
    ['internet lento', 'KB-028'],
    ['password wifi', 'KB-029'],
    ['contestare una fattura', 'KB-012'],
    ['sim rubata', 'KB-016'],
    ['consenso marketing', 'KB-018'],
    ['area clienti bloccata', 'KB-033'],
    ['KB-035', 'KB-035'],
  ])('"%s" → %s', (query, id) => {
    expect(topArticle(query)).toBe(id);
  });

  it('finds the English guides for calls in English', () => {
    expect(topArticle('red light modem', 'en')).toBe('KB-043');
    expect(topArticle('right of withdrawal return', 'en')).toBe('KB-044');
    expect(searchKnowledgeBase(company, 'modem', { language: 'en' }).every((a) => a.language === 'en')).toBe(true);
  });

  it('ranks, limits and returns summaries', () => {
    const results = searchKnowledgeBase(company, 'modem', { limit: 3 });
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      id: expect.any(String),
      kind: expect.any(String),
      language: 'it',
      title: expect.any(String),
      summary: expect.any(String),
      score: expect.any(Number),
    });
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    expect(searchKnowledgeBase(company, '   ')).toEqual([]);
  });
});

describe('catalogue search', () => {
  it.each([
    ['cover P7', 'CASE-P7'],
    ['PHN-P7-128', 'PHN-P7-128'],
    ['phn-p7-128', 'PHN-P7-128'],
    ['cuffie bluetooth', 'AUD-HEAD'],
    ['televisore 55', 'TV-55'],
    ['caricatore usb-c', 'CHG-20W'],
    ['antivirus', 'SRV-ANTIVIRUS'],
    ['videocamera esterna', 'CAM-OUT'],
  ])('"%s" → %s', (query, id) => {
    expect(topProduct(query)).toBe(id);
  });

  it('filters by category', () => {
    const phones = searchProducts(company, 'partenope', { category: 'smartphone', limit: 50 });
    expect(phones.length).toBeGreaterThan(3);
    expect(phones.every((p) => p.category === 'smartphone')).toBe(true);
  });
});

describe('customer search', () => {
  it('finds a customer by code, tax code, phone however typed, or surname', () => {
    expect(found('VT-100231')).toEqual(['C0001']);
    expect(found('spsmra78m52f839k')).toEqual(['C0001']);
    for (const phone of ['+39 081 555 0142', '081 555 0142', '0815550142', '+390815550142', '555 0142'])
      expect(found(phone), phone).toEqual(['C0001']);
    expect(found('Esposito').slice(0, 2)).toEqual(['C0001', 'C0002']);
    expect(found('Maria Esposito')[0]).toBe('C0001');
    expect(found('Esposti')).toEqual(['C0008']);
  });

  it('finds generated customers the same ways', () => {
    const customer = company.customers[150];
    expect(customer).toBeDefined();
    if (!customer) return;
    expect(found(customer.customerCode)).toEqual([customer.id]);
    expect(found(customer.taxCode)).toEqual([customer.id]);
    expect(found(customer.phone.replace('+39 ', ''))).toContain(customer.id);
    expect(found(customer.fullName)[0]).toBe(customer.id);
  });

  it('gives a customer history with plans, orders, invoices and tickets, newest first', () => {
    const withOrders = company.orders[0]?.customerId ?? '';
    const history = customerHistory(company, withOrders);
    expect(history?.orders.length).toBeGreaterThan(0);
    expect(history?.contracts.every((c) => c.plan !== undefined)).toBe(true);
    const dates = history?.invoices.map((i) => i.issuedOn) ?? [];
    expect(dates).toEqual([...dates].sort().reverse());
    expect(customerHistory(company, 'C9999')).toBeUndefined();
    expect(findPlan(company, 'Fibra Vesuvio 1 Giga')?.id).toBe('FIBRA-1G');
  });
});
