import type { Localized } from '../../../protocol/views.js';

export type UnitCode = 'UF1' | 'UF2';

/** The regional standard "Operatore call center Inbound": its two training units and 13 abilities. */
export const units: Record<UnitCode, Localized> = {
  UF1: {
    it: 'Fornire informazioni e assistenza tramite servizio di call center',
    en: 'Provide information and assistance through a call-centre service',
  },
  UF2: {
    it: "Gestire dati e informazioni connessi con l'erogazione dell'assistenza telefonica",
    en: 'Manage data and information connected with telephone assistance',
  },
};

export const abilities: Record<string, Localized & { unit: UnitCode }> = {
  'UF1.A1': { unit: 'UF1', it: 'Utilizzare software posta elettronica (outlook o analoghi)', en: 'Use e-mail software (Outlook or similar)' },
  'UF1.A2': { unit: 'UF1', it: 'Applicare tecniche di comunicazione telefonica', en: 'Apply telephone communication techniques' },
  'UF1.A3': { unit: 'UF1', it: 'Utilizzare software gestione attività di call center', en: 'Use call-centre activity management software' },
  'UF1.A4': {
    unit: 'UF1',
    it: 'Reperire dati e informazioni consultando data-base, schede di prodotto/servizio, manuali, ecc.',
    en: 'Find data and information by consulting databases, product/service sheets, manuals, etc.',
  },
  'UF1.A5': {
    unit: 'UF1',
    it: 'Comprendere ed interpretare esigenze e domande del cliente/utente',
    en: "Understand and interpret the customer's needs and questions",
  },
  'UF1.A6': {
    unit: 'UF1',
    it: "Applicare tecniche di gestione di base del colloquio telefonico in inglese e/o in un'altra lingua straniera europea",
    en: 'Handle a basic telephone conversation in English and/or another European foreign language',
  },
  'UF1.A7': {
    unit: 'UF1',
    it: "Applicare le procedure per l'inoltro all'assistenza tecnica delle richieste dei clienti che necessitano di tale intervento",
    en: 'Apply the procedures for forwarding to technical support the requests that need it',
  },
  'UF1.A8': {
    unit: 'UF1',
    it: 'Registrare le richieste dei clienti e le informazioni fornite compilando eventuali report',
    en: "Record customers' requests and the information given, filling in reports",
  },
  'UF2.A1': {
    unit: 'UF2',
    it: 'Acquisire dal cliente/utente notizie e reclami e trasferirli ai referenti competenti secondo le procedure stabilite',
    en: 'Take news and complaints from the customer and pass them to the competent referents following the established procedures',
  },
  'UF2.A2': { unit: 'UF2', it: 'Comprendere organigrammi e schemi di processo', en: 'Understand organisation charts and process diagrams' },
  'UF2.A3': { unit: 'UF2', it: 'Immettere ed estrarre dati da data-base', en: 'Enter and extract data in databases' },
  'UF2.A4': {
    unit: 'UF2',
    it: 'Rilevare dati e informazioni dal cliente/utente da immettere in data-base',
    en: 'Collect from the customer the data and information to enter in the database',
  },
  'UF2.A5': {
    unit: 'UF2',
    it: "Trascrivere e recapitare annotazioni d'ufficio e messaggi derivanti da conversazioni telefoniche",
    en: 'Transcribe and deliver office notes and messages arising from telephone conversations',
  },
};

export function abilityName(code: string, language: 'it' | 'en'): string {
  return abilities[code]?.[language] ?? code;
}
