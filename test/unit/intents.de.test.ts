import type { SharedIntentName } from '../../scenarios/intents/sharedIntents.js';
import { describeSharedIntents } from '../support/sharedIntentSuite.js';

/** Replies an operator would really type: different words, order, missing accents, a few typos. */
const paraphrases: Record<SharedIntentName, string[]> = {
  greeting: [
    'Vesuvio Telecom, guten Tag, mein Name ist Anna Becker, wie kann ich Ihnen helfen?', 'Guten Morgen, Vesuvio Telecom, Sie sprechen mit Thomas Müller.',
    'Vesuvio Telecom, Schmidt am Apparat, guten Tag.', 'Guten Tag, hier spricht Julia von Vesuvio Telecom.', 'Herzlich willkommen bei Vesuvio Telecom, ich bin Lukas.',
    'vesuvio telecom guten tag mein name ist jonas', 'Vesuvio Telecom Kundenservice, hier ist Lena, was kann ich für Sie tun?',
    'Guten Abend, Vesuvio Telecom, mein Name ist Weber.', 'Vesuvio Telekom, guten Tag, Sie sprechen mit Sabine.', 'VESUVIO TELECOM, GUTEN TAG, MEIN NAME IST KLAUS',
    'Guten Tag, Sie sind bei Vesuvio Telecom, ich heiße Marie.', 'Vesuvio Telecom, guten Morgen, Fischer hier.',
    'Danke für Ihren Anruf bei Vesuvio Telecom, mein Name ist Paul.', 'Vesuvo Telecom, guten Tag, hier spricht Felix.',
    'Guten Tag, Vesuvio Telecom, am Apparat ist Hannah.', 'Vesuvio Telecom, Sie sprechen mit Frau Wagner, guten Tag.',
    'Guten Tag, Vesuvio Telecom, ich bin Ihre Ansprechpartnerin Lisa.', 'Willkommen bei Vesuvio Telecom, mein Name ist Ben, wie kann ich helfen?',
    'Vesuvio Telecom, hier ist Hoffmann, guten Tag.', 'Guten Tag, mein Name ist Meier von Vesuvio Telecom.',
    'Vesuvio Telecom, Sie sprechen mit Jan, was kann ich für Sie tun?', 'Guten Morgen und willkommen bei Vesuvio Telecom, hier spricht Emma.',
    // Written after the rules, as a check on them.
    'Vesuvio Telecom, guten Tag, mein Name ist Berg', 'Guten Morgen, Vesuvio Telecom, Sie sprechen mit Laura',
    'Vesuvio Telecom, hier spricht Max, was kann ich für Sie tun?', 'Herzlich willkommen bei Vesuvio Telecom, ich bin Nina',
  ],
  privacyNotice: [
    'Ich weise Sie darauf hin, dass dieses Gespräch aufgezeichnet wird.', 'Das Telefonat kann zu Qualitätszwecken aufgezeichnet werden.',
    'Ihre Daten werden gemäß DSGVO verarbeitet.', 'Zur Qualitätssicherung wird dieser Anruf aufgezeichnet.',
    'Ihre personenbezogenen Daten werden vertraulich behandelt.', 'Unsere Datenschutzerklärung finden Sie auf unserer Webseite.',
    'Ich informiere Sie, dass Gespräche aufgezeichnet werden können.', 'das gesprach wird aufgezeichnet',
    'Gemäß Datenschutz-Grundverordnung werden Ihre Daten geschützt.', 'Ihre Angaben werden nur für die Bearbeitung Ihres Anliegens gespeichert.',
    'Bitte beachten Sie, dass Anrufe mitgeschnitten werden.', 'Dieses Telefonat wird zu Schulungszwecken aufgezeichnet.',
    'Ihre Daten sind bei uns sicher und werden nicht weitergegeben.', 'Sind Sie mit der Verarbeitung Ihrer personenbezogenen Daten einverstanden?',
    'Zu Ihrer Information: das Gespräch wird aufgezeichnet.', 'Ich muss Sie auf den Datenschutz hinweisen.',
    'Der Anruf kann zur Qualitätskontrolle aufgezeichnet werden.', 'Nach der DSGVO werden Ihre Daten nur zweckgebunden verarbeitet.',
    'Wir zeichnen dieses Gespräch auf.', 'Ihre Angaben werden vertraulich behandelt.', 'Hinweis zum Datenschutz: Ihre Daten werden gespeichert.',
    'Wir verarbeiten Ihre Daten gemäß unserer Datenschutzhinweise.',
    // Written after the rules, as a check on them.
    'Dieses Gespräch wird zu Qualitätszwecken aufgezeichnet', 'Ich weise Sie darauf hin, dass wir Anrufe aufzeichnen',
    'Ihre Daten werden gemäß DSGVO verarbeitet', 'Der Anruf wird aufgezeichnet',
  ],
  askIdentification: [
    'Können Sie mir bitte Ihren Namen nennen?', 'Wie lautet Ihre Kundennummer?', 'Könnten Sie mir Ihr Geburtsdatum bestätigen?', 'Mit wem spreche ich, bitte?',
    'Ich brauche noch Ihre Adresse zur Überprüfung.', 'Würden Sie mir Ihre Vertragsnummer sagen?', 'Zur Identifizierung benötige ich Ihr Geburtsdatum.',
    'Können Sie Ihren Nachnamen buchstabieren?', 'wie ist ihre kundennummer bitte', 'Darf ich Ihre Postleitzahl erfahren?',
    'Ich muss zuerst Ihre Identität prüfen.', 'Nennen Sie mir bitte die Rufnummer des Anschlusses.', 'Wer ist der Vertragsinhaber?',
    'Mit wem habe ich das Vergnügen?', 'Wie heißen Sie bitte?', 'Geben Sie mir bitte Ihre Kundennumer.',
    'Können Sie mir die Anschrift bestätigen, die im Vertrag steht?', 'Zur Sicherheit brauche ich Ihren vollständigen Namen.', 'Wie lautet Ihre Telefonnummer?',
    'Bitte nennen Sie mir Ihren Vor- und Nachnamen.', 'Ich benötige noch Ihre Kundendaten zur Verifizierung.',
    'Könnten Sie mir sagen, wer den Vertrag abgeschlossen hat? Ihr Name bitte.',
    // Written after the rules, as a check on them.
    'Wie lautet Ihre Kundennummer bitte?', 'Können Sie mir Ihren Namen sagen?', 'Darf ich Ihr Geburtsdatum haben?', 'Mit wem spreche ich?',
  ],
  empathy: [
    'Es tut mir sehr leid, dass Sie Probleme haben.', 'Ich verstehe Ihren Ärger vollkommen.', 'Das kann ich gut nachvollziehen.',
    'Entschuldigen Sie bitte die Unannehmlichkeiten.', 'Wir entschuldigen uns für die Störung.', 'Das ist wirklich ärgerlich, das verstehe ich.',
    'Ich kann mir vorstellen, wie frustrierend das ist.', 'Sie haben völlig recht.', 'tut mir leid fur die umstande', 'Keine Sorge, wir kümmern uns darum.',
    'Das verstehe ich sehr gut.', 'Ich entschuldige mich für die lange Wartezeit.', 'Das ist natürlich sehr unangenehm für Sie.', 'Ich bedauere das sehr.',
    'Es tut uns leid, dass es so lange gedauert hat.', 'Verständlich, dass Sie verärgert sind.', 'Ich kann Ihren Frust verstehen.',
    'Machen Sie sich keine Sorgen, das bekommen wir hin.', 'Ich verstehe, ohne Internet zu arbeiten ist schwierig.', 'Das tut mir wirklich leid.',
    'Da haben Sie vollkommen recht.', 'Ich verstehe Sie gut, das ist ärgerlich.',
    // Written after the rules, as a check on them.
    'Das tut mir sehr leid', 'Ich verstehe Ihren Ärger', 'Das kann ich gut verstehen', 'Entschuldigen Sie bitte die Unannehmlichkeiten',
  ],
  activeListening: [
    'Wenn ich Sie richtig verstehe, funktioniert das Internet seit gestern nicht.', 'Sie sagen also, dass die Rechnung doppelt kam?',
    'Habe ich Sie richtig verstanden: die Lampe leuchtet rot?', 'Mit anderen Worten, Sie möchten kündigen.',
    'Korrigieren Sie mich, wenn ich falsch liege: der Router ist neu?', 'Wenn ich mich nicht irre, haben Sie den Router schon neu gestartet.',
    'Sie meinen also, der Techniker ist nicht gekommen?', 'Verstehe ich Sie richtig, dass die Verbindung abends abbricht?',
    'Das heißt, Sie haben die Rechnung nie erhalten?', 'wenn ich das richtig verstehe geht nur das wlan nicht', 'Also das Problem besteht nur beim Festnetz?',
    'Sie möchten also Ihren Tarif wechseln?', 'Anders gesagt: Sie sind umgezogen und haben kein Internet.', 'Hab ich das richtig verstanden, Sie wurden zweimal belastet?',
    'Sie sagen, der Router startet ständig neu?', 'Wenn ich Sie richtig verstanden habe, fehlt eine Gutschrift.', 'Also Sie haben schon alles ausprobiert?',
    'Habe ich das richtig verstanden, dass es um die Mobilfunkrechnung geht?', 'Das heißt also, die Störung ist seit Montag?',
    'Wenn ich Sie richtig verstehe, möchten Sie einen Techniker.', 'Verstehe ich richtig, dass Sie im Homeoffice arbeiten?',
    'Sie meinen also, die Geschwindigkeit ist zu niedrig?',
    // Written after the rules, as a check on them.
    'Wenn ich Sie richtig verstehe, geht das Internet nicht', 'Sie sagen also, die Rechnung ist falsch?',
    'Habe ich richtig verstanden, dass der Techniker nicht kam?', 'Mit anderen Worten, Sie möchten kündigen',
  ],
  askHold: [
    'Können Sie bitte einen Moment warten?', 'Darf ich Sie kurz in die Warteschleife legen?', 'Bleiben Sie bitte kurz dran, ich prüfe das.',
    'Einen Moment bitte, ich schaue nach.', 'Würden Sie bitte einen Augenblick in der Leitung bleiben?', 'Bitte gedulden Sie sich einen Moment.',
    'Ich stelle Sie kurz in die Warteschleife, ist das in Ordnung?', 'Könnten Sie einen Augenblick warten, während ich nachsehe?', 'bitte warten sie einen moment',
    'Bleiben Sie bitte in der Leitung.', 'Einen kleinen Moment bitte, ich kläre das mit der Technik.', 'Darf ich Sie einen Moment in die Warteschleife setzen?',
    'Warten Sie bitte kurz, ich sehe nach.', 'Bitte bleiben Sie dran, es dauert nur eine Minute.', 'Können Sie kurz dranbleiben?',
    'Ich muss das prüfen, können Sie einen Moment warten?', 'Wären Sie so freundlich, kurz zu warten?', 'Einen Augenblick bitte, legen Sie nicht auf.',
    'Ich lege Sie kurz in die Warteschleife.', 'Bitte warten Sie ein paar Minuten.', 'Einen Moment Geduld bitte.', 'Könnten Sie sich kurz gedulden?',
    // Written after the rules, as a check on them.
    'Können Sie bitte einen Moment warten?', 'Darf ich Sie kurz in die Warteschleife legen?', 'Bleiben Sie bitte dran', 'Einen Augenblick bitte, ich prüfe das',
  ],
  thankAfterHold: [
    'Danke fürs Warten.', 'Vielen Dank für Ihre Geduld.', 'Entschuldigen Sie die Wartezeit.', 'Danke, dass Sie gewartet haben.',
    'Vielen Dank für das Warten, ich habe die Information.', 'Danke für Ihre Geduld, ich bin wieder da.', 'Entschuldigung, dass Sie warten mussten.',
    'Danke, dass Sie drangeblieben sind.', 'danke fur ihre geduld', 'Tut mir leid, dass es so lange gedauert hat.', 'Ich bedanke mich für Ihre Geduld.',
    'Danke für das Warten.', 'Verzeihung für die Wartezeit.', 'Vielen Dank, dass Sie in der Leitung geblieben sind.', 'Danke für Ihre Gedult.',
    'Entschuldigen Sie, dass ich Sie warten lassen musste.', 'Danke schön fürs Warten, ich habe gute Nachrichten.', 'Danke für Ihre Wartezeit.',
    'Vielen Dank für Ihre Geduld, Frau Schulz.', 'Sorry für die Wartezeit.', 'Danke, dass Sie gewartet haben, ich habe alles geprüft.',
    'Herzlichen Dank für Ihre Geduld.',
    // Written after the rules, as a check on them.
    'Danke für Ihre Geduld', 'Vielen Dank fürs Warten', 'Entschuldigen Sie die Wartezeit', 'Danke, dass Sie gewartet haben',
  ],
  announceTransfer: [
    'Ich verbinde Sie mit einem Kollegen aus der Technik.', 'Ich stelle Sie zur Abrechnung durch.', 'Ich leite Ihren Anruf an die Fachabteilung weiter.',
    'Ich verbinde Sie weiter an den Second-Level-Support.', 'Einen Moment, ich verbinde Sie mit meinem Vorgesetzten.',
    'Ich werde Sie an die zuständige Abteilung weiterleiten.', 'ich verbinde sie mit der technik', 'Ich gebe Sie an meine Kollegin weiter.',
    'Darf ich Sie mit einem Spezialisten verbinden?', 'Ich stelle Sie zum Kundenservice durch.', 'Ich verbinde Sie jetzt mit der Buchhaltung.',
    'Ich übergebe Sie an einen Techniker.', 'Ich leite Sie an den zuständigen Kollegen weiter.', 'Ich verbinde Sie gleich mit dem Vertrieb.',
    'Ich werde Ihren Anruf an das Technikteam weiterleiten.', 'Bleiben Sie dran, ich verbinde Sie mit der Fachabteilung.',
    'Ich stelle Sie zu einer Expertin durch.', 'Ich verbinde Sie an die Abteilung für Kündigungen.', 'Ich kann Sie mit einer Kollegin verbinden.',
    'Ich verbinde Sie mit unserem technischen Support.', 'Ich leite Sie an unsere Abrechnungsabteilung weiter.',
    'Ich stelle Sie an den Ansprechpartner für Geschäftskunden durch.',
    // Written after the rules, as a check on them.
    'Ich verbinde Sie mit der Technik', 'Ich leite Sie an die Buchhaltung weiter', 'Ich stelle Sie zu einem Kollegen durch',
    'Ich verbinde Sie mit der zuständigen Abteilung',
  ],
  summarise: [
    'Zusammenfassend: ich habe ein Ticket eröffnet und ein Techniker ruft Sie an.', 'Fassen wir zusammen: Ihr neuer Tarif gilt ab Montag.',
    'Ich fasse kurz zusammen: die Gutschrift kommt mit der nächsten Rechnung.', 'Wie besprochen habe ich die Bestellung storniert.',
    'Kurz gesagt, der Router wird ausgetauscht.', 'Zusammengefasst: Techniker am Donnerstag, Ticket ist angelegt.',
    'Wie vereinbart habe ich Ihre Adresse geändert.', 'Also habe ich die Kündigung aufgenommen.', 'zusammenfassend lasst sich sagen der vertrag endet im marz',
    'Halten wir fest: die Störung wurde gemeldet.', 'Lassen Sie mich zusammenfassen, was wir besprochen haben.', 'Alles in allem ist das Problem gelöst.',
    'Wie gesagt, ich habe die Unterlagen per E-Mail geschickt.', 'Ich fasse zusammen: neue SIM, Versand in drei Tagen.',
    'Zur Zusammenfassung: keine Kosten für den Technikerbesuch.', 'Wie abgesprochen habe ich den Termin gebucht.',
    'Wir haben also vereinbart, dass Sie morgen zurückgerufen werden.', 'Noch einmal zusammengefasst: Ihr Anliegen ist weitergeleitet.',
    'Um es zusammenzufassen: die Rechnung wird korrigiert.', 'Zusammenfasend habe ich die Option aktiviert.',
    'Kurz zusammengefasst: Ticket erstellt, Rückruf morgen.', 'Wie besprochen wurde Ihr Tarif geändert.',
    // Written after the rules, as a check on them.
    'Zusammenfassend: Ticket eröffnet, Rückruf morgen', 'Ich fasse zusammen: neuer Router kommt', 'Kurz gesagt, Ihr Tarif ändert sich',
    'Wie besprochen habe ich die Kündigung aufgenommen',
  ],
  anythingElse: [
    'Kann ich sonst noch etwas für Sie tun?', 'Haben Sie noch weitere Fragen?', 'Gibt es sonst noch etwas, womit ich helfen kann?',
    'Kann ich Ihnen noch bei etwas anderem helfen?', 'Haben Sie noch Fragen?', 'Darf ich Ihnen sonst noch weiterhelfen?', 'Gibt es noch ein weiteres Anliegen?',
    'Sonst noch etwas?', 'haben sie noch weitere fragen', 'Kann ich noch etwas für Sie tun?', 'Brauchen Sie sonst noch etwas?',
    'Haben Sie noch andere Fragen an mich?', 'Gibt es noch etwas, das ich für Sie tun kann?', 'Kann ich Ihnen sonst irgendwie helfen?',
    'Haben Sie sonst noch ein Anliegen?', 'Benötigen Sie noch etwas von mir?', 'Gibt es weitere Fragen von Ihrer Seite?', 'Kann ich sonst noch behilflich sein?',
    'Noch etwas, bei dem ich helfen kann?', 'Haben Sie sonstige Fragen?', 'Möchten Sie noch etwas wissen?', 'Ist sonst noch etwas offen?',
    // Written after the rules, as a check on them.
    'Kann ich sonst noch etwas für Sie tun?', 'Haben Sie noch weitere Fragen?', 'Gibt es noch etwas, wobei ich helfen kann?', 'Haben Sie noch ein Anliegen?',
  ],
  closing: [
    'Vielen Dank für Ihren Anruf, einen schönen Tag noch!', 'Auf Wiederhören!', 'Danke für Ihren Anruf bei Vesuvio Telecom, auf Wiederhören.',
    'Ich wünsche Ihnen einen schönen Abend.', 'Schönes Wochenende und auf Wiederhören.', 'Alles Gute, Frau Schulz, auf Wiederhören.', 'auf wiederhoren',
    'Danke für Ihren Anruf und einen schönen Tag.', 'Ich bedanke mich für Ihren Anruf, tschüss.', 'Einen schönen Nachmittag noch!',
    'Vielen Dank und auf Wiedersehen.', 'Bis bald und einen schönen Tag!', 'Danke, dass Sie angerufen haben, auf Wiederhören.', 'Schönen Tag noch!',
    'Auf Wiederhörn, Herr Klein.', 'Vielen Dank für Ihr Vertrauen, auf Wiederhören.', 'Mit freundlichen Grüßen, auf Wiederhören.', 'Einen angenehmen Tag noch.',
    'Danke für den Anruf, schönen Abend.', 'Tschüss und alles Gute!', 'Ich wünsche Ihnen noch einen schönen Tag, auf Wiederhören.',
    'Danke fürs Anrufen, schönes Wochenende!',
    // Written after the rules, as a check on them.
    'Vielen Dank für Ihren Anruf, auf Wiederhören', 'Schönen Tag noch', 'Auf Wiederhören und einen schönen Abend', 'Danke für den Anruf, tschüss',
  ],
};

/** Replies that must count for nothing, near misses included: no company or no name in the greeting, the familiar "warte", "ich verstehe nicht". */
const offTopic = [
  'Wie ist das Wetter in Neapel?', 'Eine Pizza Margherita kostet acht Euro.', 'Ich weiß es nicht.', 'ok', 'Guten Tag, mein Name ist Anna, wie kann ich helfen?',
  'Vesuvio Telecom, guten Tag, wie kann ich Ihnen helfen?', 'Hier ist Vesuvio Telecom, was kann ich für Sie tun?', 'Warte!', 'Warte mal kurz.', 'Moment mal!',
  'Ich verstehe nicht, was Sie wollen.', 'Sie müssen verstehen, dass das nicht unsere Schuld ist.', 'Das ist nicht unser Problem.', 'Danke.',
  'Hallo? Hören Sie mich?', 'Die Lampe am Router leuchtet rot.', 'Ich habe Ihre neue Adresse aufgenommen.', 'Haben Sie noch etwas anderes versucht?',
  'Können Sie Ihr Datenvolumen prüfen?', 'Der Techniker kommt morgen.', 'Die Rechnung kommt alle zwei Monate.', 'Guten Tag!', 'Wie bitte?',
  'Haben Sie den Router neu gestartet?', 'Ihr Vertrag endet im März.', 'Der Vesuv ist ein Vulkan.', 'Ich rufe später zurück.', 'Das ist nicht mein Job.',
  'Es tut mir überhaupt nicht leid.', 'Die Umstellung der Leitung dauert zehn Tage.', 'Dieser Anruf bringt nichts.', 'Brauchen Sie noch ein anderes Kabel?',
  'Bleib dran.', 'Die Verbindung zur Technik ist gestört.',
];

describeSharedIntents('German', 'de', paraphrases, offTopic);
