import { describe, expect, it } from 'vitest';
import { isValidTaxCode } from '../../scenarios/company/company.js';
import { loadCompany } from '../../scenarios/company/load.js';
import { codiceFiscalePackage as CodiceFiscale } from '../../scenarios/company/generate/codiceFiscale.js';
import { taxCodeCheckCharacter } from '../../scenarios/company/taxCode.js';

const company = loadCompany();

const handWritten = [
  ['C0001', 'VT-100231', 'Maria Esposito', 'SPSMRA78M52F839K', '+39 081 555 0142'],
  ['C0002', 'VT-100232', 'Mario Esposito', 'SPSMRA65C10G964Z', '+39 081 555 0177'],
  ['C0003', 'VT-100240', 'Gennaro Russo', 'RSSGNR82A01H703L', '+39 089 555 0190'],
  ['C0004', 'VT-100255', 'Lucia Marino', 'MRNLCU90T41B963P', '+39 0823 555 014'],
  ['C0005', 'VT-100262', 'Ciro Ferrara', 'FRRCRI71H15A509Q', '+39 0825 555 033'],
  ['C0006', 'VT-100270', 'Anna De Rosa', 'DRSNNA88D62A783M', '+39 0824 555 061'],
  ['C0007', 'VT-100281', 'Salvatore Greco', 'GRCSVT59S04L259R', '+39 081 555 0208'],
  ['C0008', 'VT-100299', 'Maria Esposti', 'SPSMRA81E45C129U', '+39 081 555 0266'],
];
const generated = company.customers.filter((c) => Number(c.id.slice(1)) > 8);
const unique = (values: string[]) => new Set(values).size === values.length;
const monthLetters = 'ABCDEHLMPRST';

describe('the mock company: how much there is', () => {
  it('has the catalogue, customers, records and knowledge the issue asks for', () => {
    expect(company.products.length).toBeGreaterThanOrEqual(60);
    expect(company.plans.length).toBeGreaterThanOrEqual(8);
    expect(company.customers.length).toBeGreaterThanOrEqual(300);
    expect(company.orders.length).toBeGreaterThanOrEqual(600);
    expect(company.invoices.length).toBeGreaterThanOrEqual(600);
    expect(company.pastTickets.length).toBeGreaterThanOrEqual(300);
    expect(company.knowledgeBase.length).toBeGreaterThanOrEqual(40);
    expect(company.departments.length).toBeGreaterThanOrEqual(8);
    expect(company.emailTemplates.length).toBeGreaterThanOrEqual(8);
    expect(company.processes.map((p) => p.id)).toEqual(expect.arrayContaining(['complaint-handling', 'escalation']));
  });

  it('keeps the hand-written customers C0001–C0008 exactly, and numbers generated ones from C0009', () => {
    expect(company.customers.slice(0, 8).map((c) => [c.id, c.customerCode, c.fullName, c.taxCode, c.phone])).toEqual(handWritten);
    expect(generated[0]?.id).toBe('C0009');
    expect(company.customers.map((c) => c.id)).toEqual(company.customers.map((_, i) => `C${String(i + 1).padStart(4, '0')}`));
  });

  it('keeps the existing department ids, disposition codes and ticket categories', () => {
    const departments = ['front-office', 'tech-l1', 'tech-l2', 'billing', 'complaints', 'logistics', 'sales', 'privacy'];
    expect(company.departments.map((d) => d.id)).toEqual(expect.arrayContaining(departments));
    const dispositions = [
      'info-given',
      'resolved-first-contact',
      'escalated-technical',
      'escalated-billing',
      'complaint-logged',
      'message-taken',
      'caller-hung-up',
      'identity-not-verified',
    ];
    expect(company.dispositions.map((d) => d.code)).toEqual(expect.arrayContaining(dispositions));
    const categories = ['line-fault', 'device-fault', 'billing', 'delivery', 'complaint', 'information', 'privacy'];
    expect(company.ticketCategories.map((c) => c.code)).toEqual(expect.arrayContaining(categories));
  });
});

describe('tax codes', () => {
  it('computes the check character the way the codice-fiscale-js package does', () => {
    for (const { taxCode } of generated.slice(0, 50))
      expect(taxCodeCheckCharacter(taxCode.slice(0, 15))).toBe(CodiceFiscale.getCheckCode(taxCode.slice(0, 15)));
    expect(isValidTaxCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidTaxCode('rssmra85t10a562s')).toBe(true);
    expect(isValidTaxCode('RSSMRA85T10A562T')).toBe(false);
    expect(isValidTaxCode('RSSMRA85Z10A562S')).toBe(false);
  });

  it('gives every generated customer a valid, unique tax code that encodes the birth date', () => {
    for (const customer of generated) {
      expect(isValidTaxCode(customer.taxCode), customer.id).toBe(true);
      expect(CodiceFiscale.check(customer.taxCode), customer.id).toBe(true);
      const [year = '', month = '', day = ''] = customer.birthDate.split('-');
      expect(customer.taxCode.slice(6, 8)).toBe(year.slice(2));
      expect(customer.taxCode.charAt(8)).toBe(monthLetters.charAt(Number(month) - 1));
      expect([Number(day), Number(day) + 40]).toContain(Number(customer.taxCode.slice(9, 11)));
    }
    expect(unique(company.customers.map((c) => c.taxCode))).toBe(true);
  });

  it('leaves the hand-written codes alone even though their check characters are not valid', () => {
    expect(company.customers.slice(0, 8).filter((c) => isValidTaxCode(c.taxCode))).toEqual([]);
  });
});

describe('every record is marked as fictional', () => {
  it('says so in the company notice and the generated data', () => {
    expect(company.company.notice.it).toMatch(/fittizi/);
    expect(company.company.notice.en).toMatch(/fictional/);
  });

  it('uses only example.invalid e-mails and +39 … 555 … phone numbers, each once', () => {
    for (const customer of company.customers) {
      expect(customer.email).toMatch(/@example\.invalid$/);
      expect(customer.phone).toMatch(/^\+39 \d{3,4} 555 \d{3,4}$/);
    }
    for (const unit of company.organisation.units) expect(unit.email).toMatch(/@example\.invalid$/);
    expect(unique(company.customers.map((c) => c.email))).toBe(true);
    expect(unique(company.customers.map((c) => c.phone))).toBe(true);
    expect(unique(company.customers.map((c) => c.customerCode))).toBe(true);
    expect(unique(company.customers.map((c) => c.fullName))).toBe(true);
  });

  it('gives generated customers Campanian addresses and adult ages', () => {
    for (const customer of generated) {
      expect(customer.address).toMatch(/, \d{5} .+ \((NA|SA|CE|AV|BN)\)$/);
      expect(customer.birthDate < '2008-11-20').toBe(true);
      expect(customer.contracts.length).toBeGreaterThan(0);
    }
  });
});
