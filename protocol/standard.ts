/**
 * The regional standard "Operatore call center Inbound" (Regione Campania): its training units, their
 * abilities and knowledge items, with their words in Italian and English. The standard's document is
 * scenarios/standard/operatore-call-center-inbound.json; this is the part the lab's code and console
 * use, as plain data so the console can import it (a unit test keeps the two in agreement).
 */

export const unitCodes = ['UF1', 'UF2'] as const;
export type UnitCode = (typeof unitCodes)[number];

export interface StandardItem {
  code: string;
  it: string;
  en: string;
}

export interface StandardUnit {
  code: UnitCode;
  title: { it: string; en: string };
  abilities: readonly StandardItem[];
  knowledge: readonly StandardItem[];
}

export const units: readonly StandardUnit[] = [
  {
    code: 'UF1',
    title: {
      it: 'Fornire informazioni e assistenza tramite servizio di call center',
      en: 'Provide information and assistance through a call-centre service',
    },
    abilities: [
      { code: 'UF1.A1', it: 'Utilizzare software posta elettronica (outlook o analoghi)', en: 'Use e-mail software (Outlook or similar)' },
      { code: 'UF1.A2', it: 'Applicare tecniche di comunicazione telefonica', en: 'Apply telephone communication techniques' },
      { code: 'UF1.A3', it: 'Utilizzare software gestione attività di call center', en: 'Use call-centre activity management software' },
      {
        code: 'UF1.A4',
        it: 'Reperire dati e informazioni consultando data-base, schede di prodotto/servizio, manuali, ecc.',
        en: 'Find data and information by consulting databases, product/service sheets, manuals, etc.',
      },
      {
        code: 'UF1.A5',
        it: 'Comprendere ed interpretare esigenze e domande del cliente/utente',
        en: "Understand and interpret the customer's needs and questions",
      },
      {
        code: 'UF1.A6',
        it: "Applicare tecniche di gestione di base del colloquio telefonico in inglese e/o in un'altra lingua straniera europea",
        en: 'Handle a basic telephone conversation in English and/or another European foreign language',
      },
      {
        code: 'UF1.A7',
        it: "Applicare le procedure per l'inoltro all'assistenza tecnica delle richieste dei clienti che necessitano di tale intervento",
        en: 'Apply the procedures for forwarding to technical support the requests that need it',
      },
      {
        code: 'UF1.A8',
        it: 'Registrare le richieste dei clienti e le informazioni fornite compilando eventuali report',
        en: "Record customers' requests and the information given, filling in reports",
      },
    ],
    knowledge: [
      { code: 'UF1.K1', it: 'Principi di customer care', en: 'Principles of customer care' },
      { code: 'UF1.K2', it: 'Elementi di psicologia della comunicazione', en: 'Elements of the psychology of communication' },
      { code: 'UF1.K3', it: 'Gamma di prodotti/servizi in vendita', en: 'Range of products/services on sale' },
      { code: 'UF1.K4', it: 'Etica e deontologia della comunicazione', en: 'Ethics and professional conduct in communication' },
      { code: 'UF1.K5', it: 'Normativa sulle comunicazioni elettroniche', en: 'Regulation of electronic communications' },
      { code: 'UF1.K6', it: 'Struttura organizzativa di un call center', en: 'Organisational structure of a call centre' },
      { code: 'UF1.K7', it: 'Normativa sul trattamento dei dati personali', en: 'Personal data protection law' },
      {
        code: 'UF1.K8',
        it: 'Tecniche di gestione del colloquio telefonico anche in lingua straniera',
        en: 'Telephone conversation techniques, also in a foreign language',
      },
      {
        code: 'UF1.K9',
        it: "Fraseologia essenziale per la gestione di colloqui telefonici in lingua inglese e in un'altra lingua straniera europea",
        en: 'Essential phrases for telephone conversations in English and another European language',
      },
      {
        code: 'UF1.K10',
        it: "Nozioni di base sull'utilizzo del software di gestione dell'attività di call center",
        en: 'Basics of call-centre management software',
      },
    ],
  },
  {
    code: 'UF2',
    title: {
      it: "Gestire dati e informazioni connessi con l'erogazione dell'assistenza telefonica",
      en: 'Manage data and information connected with telephone assistance',
    },
    abilities: [
      {
        code: 'UF2.A1',
        it: 'Acquisire dal cliente/utente notizie e reclami e trasferirli ai referenti competenti secondo le procedure stabilite',
        en: 'Take news and complaints from the customer and pass them to the competent referents following the established procedures',
      },
      { code: 'UF2.A2', it: 'Comprendere organigrammi e schemi di processo', en: 'Understand organisation charts and process diagrams' },
      { code: 'UF2.A3', it: 'Immettere ed estrarre dati da data-base', en: 'Enter and extract data in databases' },
      {
        code: 'UF2.A4',
        it: 'Rilevare dati e informazioni dal cliente/utente da immettere in data-base',
        en: 'Collect from the customer the data and information to enter in the database',
      },
      {
        code: 'UF2.A5',
        it: "Trascrivere e recapitare annotazioni d'ufficio e messaggi derivanti da conversazioni telefoniche",
        en: 'Transcribe and deliver office notes and messages arising from telephone conversations',
      },
    ],
    knowledge: [
      { code: 'UF2.K1', it: 'Tecniche di comunicazione efficace', en: 'Effective communication techniques' },
      { code: 'UF2.K2', it: 'Normativa sul trattamento dei dati personali', en: 'Personal data protection law' },
      { code: 'UF2.K3', it: 'Organigrammi e schemi di processo', en: 'Organisation charts and process diagrams' },
      {
        code: 'UF2.K4',
        it: 'Principali funzioni e attività, in house e outsourcing, dei call-center',
        en: 'Main functions and activities of call centres, in-house and outsourced',
      },
      { code: 'UF2.K5', it: 'Tecniche di consultazione di data base', en: 'Database consultation techniques' },
      {
        code: 'UF2.K6',
        it: 'Tecniche di estrazione e immissione dati da/in data-base',
        en: 'Techniques for extracting and entering data from/into databases',
      },
      {
        code: 'UF2.K7',
        it: 'Tecniche di gestione del colloquio telefonico anche in lingua straniera',
        en: 'Telephone conversation techniques, also in a foreign language',
      },
    ],
  },
];

export const abilityCodes: ReadonlySet<string> = new Set(units.flatMap((unit) => unit.abilities.map((ability) => ability.code)));
export const knowledgeCodes: ReadonlySet<string> = new Set(units.flatMap((unit) => unit.knowledge.map((item) => item.code)));

/** The unit an ability or knowledge code belongs to: the standard numbers them "<unit>.<item>". */
export function unitOf(code: string): UnitCode | undefined {
  return unitCodes.find((unit) => code.startsWith(`${unit}.`));
}

const abilityByCode = new Map(units.flatMap((unit) => unit.abilities.map((ability) => [ability.code, ability] as const)));

/** An ability's words in the interface's language; a code the standard does not have is shown as it is. */
export function abilityName(code: string, language: 'it' | 'en'): string {
  return abilityByCode.get(code)?.[language] ?? code;
}

/** A unit's title in the interface's language. */
export function unitTitle(code: UnitCode, language: 'it' | 'en'): string {
  return units.find((unit) => unit.code === code)?.title[language] ?? code;
}
