import type { PhraseBook } from './types.js';

export const phraseBook: PhraseBook = {
  agentPlaceholder: '[Ihr Name]',
  phrases: {
    greeting: [
      'Vesuvio Telecom, guten Tag, Sie sprechen mit {agent}. Wie kann ich Ihnen helfen?',
      'Vesuvio Telecom, guten Abend, mein Name ist {agent}. Was kann ich für Sie tun?',
    ],
    privacy: [
      'Ich weise Sie darauf hin, dass dieses Gespräch zur Qualitätssicherung gemäß den Datenschutzbestimmungen aufgezeichnet werden kann.',
      'Ihre Daten werden nur zur Bearbeitung Ihres Anliegens verwendet, wie in der Datenschutzerklärung von Vesuvio Telecom beschrieben.',
    ],
    identification: [
      'Bevor ich Ihnen helfen kann, muss ich Ihre Identität prüfen: Wie lautet der vollständige Name des Vertragsinhabers?',
      'Können Sie mir bitte die Kundennummer oder die Steuernummer des Vertragsinhabers bestätigen?',
      'Danke. Können Sie mir auch Ihr Geburtsdatum bestätigen?',
    ],
    hold: [
      'Darf ich Sie kurz in die Warteschleife legen, während ich das prüfe?',
      'Bitte bleiben Sie einen Moment in der Leitung, ich sehe kurz nach.',
    ],
    afterHold: [
      'Vielen Dank fürs Warten, ich bin wieder für Sie da.',
      'Danke für Ihre Geduld: Ich habe nachgesehen und erkläre Ihnen das Ergebnis.',
    ],
    transfer: [
      'Für dieses Anliegen verbinde ich Sie mit meinem Kollegen aus der zuständigen Abteilung, der bereits alle Informationen hat. Bitte bleiben Sie dran.',
      'Ich leite Sie an unser Fachteam weiter; Sie müssen nichts wiederholen.',
    ],
    empathy: [
      'Es tut mir leid für die Unannehmlichkeiten, ich verstehe das und kümmere mich sofort darum.',
      'Ich verstehe Ihre Sorge: Lassen Sie uns gemeinsam eine Lösung finden.',
      'Entschuldigen Sie bitte die Umstände, wir tun alles, um das so schnell wie möglich zu beheben.',
    ],
    summary: [
      'Zusammengefasst: Ich habe eine Meldung eröffnet, und Sie werden innerhalb der genannten Frist kontaktiert. Ist das so richtig?',
      'Wir haben also das Problem geprüft, und ich habe Ihnen die nächsten Schritte erklärt.',
    ],
    anythingElse: ['Kann ich Ihnen sonst noch helfen?', 'Gibt es noch etwas, das ich heute für Sie tun kann?'],
    closing: [
      'Vielen Dank für Ihren Anruf bei Vesuvio Telecom, einen schönen Tag noch.',
      'Danke für Ihre Geduld. Auf Wiederhören von Vesuvio Telecom.',
    ],
  },
};
