import type { SharedIntentName } from '../../scenarios/intents/sharedIntents.js';
import { describeSharedIntents } from '../support/sharedIntentSuite.js';

/** Replies an operator would really type: different words, order, missing accents, a few typos. */
const paraphrases: Record<SharedIntentName, string[]> = {
  greeting: [
    'Vesuvio Telecom buongiorno, sono Anna, come posso aiutarla?', 'Buongiorno, Vesuvio Telecom, le parla Marco. In cosa posso esserle utile?',
    'buonasera vesuvio telecom sono giulia', 'Vesuvio Telecom, mi chiamo Luca, buongiorno!', 'Salve, qui Vesuvio Telecom, sono Francesca del servizio clienti',
    'Buongiorno, sono Paolo di Vesuvio Telecom, come posso esserle utile?', 'Vesuvio Telecom, parla Chiara, buongiorno',
    "Buon pomeriggio, Vesuvio Telecom, sono l'operatrice Sara", 'vesuvo telecom buongiorno sono Mario',
    'Grazie per aver chiamato Vesuvio Telecom, sono Elena, in cosa posso aiutarla?', 'Buongiorno e benvenuto in Vesuvio Telecom, il mio nome è Davide',
    'VESUVIO TELECOM, BUONGIORNO, SONO ROBERTA', 'Vesuvio Telecom buongiorno, Alessandro al telefono, mi dica',
    'Buongiorno, servizio clienti Vesuvio, sono Ilaria', 'Vesuvio telecom, buonasera, le parla Stefano, come posso aiutarla',
    'Buongiorno! Qui è Vesuvio Telecom, mi chiamo Giorgia. Come posso aiutarla?', 'vesuvio telecom assistenza clienti sono Antonio buongiorno',
    'Salve, Vesuvio Telecom, sono Martina, mi dica pure', 'Buongiorno, mi chiamo Federico, Vesuvio Telecom, come posso aiutarla?',
    'Vesuvio Telecom buon giorno, sono Valeria, con chi ho il piacere di parlare?', 'Buongiorno signora, Vesuvio Telecom, parla Simone',
    'Vesuvio Telecom, buongiorno. Sono Lucia, come la posso aiutare?',
    // Written after the rules, as a check on them.
    'Pronto, Vesuvio Telecom, sono Gianni, mi dica', 'Buongiorno, benvenuta in Vesuvio Telecom: le risponde Carla',
    'Vesuvio Telecom salve, io sono Mirko, in cosa posso esserle utile?', 'Servizio clienti Vesuvio Telecom, buonasera, mi chiamo Rita',
  ],
  privacyNotice: [
    'La informo che la chiamata potrebbe essere registrata per fini di qualità.', 'Le ricordo che questa telefonata è registrata.',
    'La conversazione viene registrata per migliorare il servizio.', 'Le comunico che la chiamata è registrata ai sensi della normativa privacy',
    'I suoi dati personali saranno trattati nel rispetto del GDPR.', 'La informo che i suoi dati verranno trattati secondo la normativa sulla privacy.',
    'per motivi di qualita la chiamata e registrata', 'Questa telefonata potrebbe essere registrata e ascoltata per controllo qualità.',
    "Prima di procedere, le ricordo l'informativa sulla privacy disponibile sul nostro sito.",
    'I dati che mi fornisce saranno trattati solo per gestire la sua richiesta.', 'La avviso che la conversazione è registrata.',
    'Ai sensi del regolamento europeo sulla protezione dei dati, la informo che li useremo solo per la pratica.', 'la telefonata viene registarta',
    'Le garantisco che i suoi dati sono protetti e trattati con riservatezza.', 'Per la sua tutela la chiamata è registrata.',
    'La informo che la chiamata e registrata, i dati sono trattati secondo il GDPR.',
    'Le comunico che la telefonata potrà essere monitorata per la qualità del servizio.',
    'Il trattamento dei suoi dati personali avviene nel rispetto della privacy.', 'Ai fini della privacy la informo che la conversazione verrà registrata',
    "La chiamata sarà registrata, se non è d'accordo me lo dica pure.", 'Le chiedo il consenso al trattamento dei dati personali.',
    "Le ricordo che i suoi dati sono al sicuro e trattati secondo l'informativa privacy.",
    // Written after the rules, as a check on them.
    'Prima di cominciare la avviso che la telefonata è registrata', 'Per la qualità del servizio registriamo le chiamate',
    'I dati che ci fornisce vengono trattati nel rispetto della privacy', "Le leggo l'informativa sulla privacy prima di procedere",
  ],
  askIdentification: [
    'Mi può dire il suo nome e cognome?', 'Per verificare, mi fornisce il codice cliente?', "Potrebbe indicarmi il codice fiscale dell'intestatario?",
    'Mi serve il numero di contratto, per favore.', 'Con chi ho il piacere di parlare?', 'Mi dica nome e data di nascita, per cortesia.',
    'Gentilmente, il suo codice clinete?', 'Per identificarla avrei bisogno di alcuni dati.', 'Mi conferma il suo indirizzo di residenza?',
    'posso avere il suo nome per favore', 'Devo verificare la sua identità, mi dice il codice fiscale?',
    "Chi è l'intestatario della linea? Me lo può confermare?", 'Mi può dettare il numero di telefono della linea?', 'Con chi sto parlando, scusi?',
    'Per procedere mi servono nome cognome e codice cliente', 'Prima di tutto, mi dice il suo codice cliente che trova in fattura?',
    'Mi puo dire il suo nominativo?', "Per la verifica dell'identità, mi indica la data di nascita?", 'Le chiedo cortesemente il numero cliente.',
    'Per ragioni di sicurezza devo identificarla: nome e cognome?', 'Mi potrebbe ripetere il cognome?', 'Mi lascia il suo codice fiscale per la verifica?',
    // Written after the rules, as a check on them.
    'Mi sa dire il codice cliente?', 'Può fornirmi il suo codice fiscale per favore?', 'A chi è intestato il contratto?', 'Mi servirebbe il suo nome completo',
  ],
  empathy: [
    'Mi dispiace molto per il disagio.', 'Capisco benissimo la sua frustrazione.', 'Comprendo perfettamente, è una situazione spiacevole.',
    "Ci scusiamo per l'inconveniente.", 'Ha ragione, non è accettabile.', 'Immagino quanto sia scomodo restare senza internet.',
    'Mi rendo conto che è una situazione difficile.', "Le chiedo scusa a nome dell'azienda.", 'mi dispiace davvero signora',
    "Capisco, dev'essere stressante lavorare senza linea.", 'Sono davvero spiacente per quanto accaduto.', 'Non si preoccupi, ci pensiamo noi.',
    "La capisco, al suo posto sarei arrabbiato anch'io.", 'Mi scuso per il ritardo nella risposta.', 'Mi dispiaace tanto',
    "E' comprensibile che sia arrabbiato.", 'Comprendiamo il suo disagio e ce ne occupiamo subito.', "Mi spiace per l'attesa che ha dovuto subire.",
    'Ci dispiace molto, capiamo la sua situazione.', "Sono desolata per l'accaduto.", 'Scusi per il disagio, signora.', 'Che brutta situazione, mi dispiace.',
    // Written after the rules, as a check on them.
    'Capisco perfettamente il suo disagio', 'Mi spiace davvero tanto', 'Immagino sia frustrante', 'Le porgo le mie scuse per il problema',
  ],
  activeListening: [
    'Se ho capito bene, la linea è assente da ieri sera.', 'Quindi lei mi sta dicendo che il modem ha la spia rossa.',
    'Mi corregga se sbaglio: la fattura è arrivata due volte?', 'Se non sbaglio, ha già riavviato il modem.',
    'Vediamo se ho capito: internet non funziona ma il telefono sì.', 'Da quello che mi dice, il problema è iniziato dopo il temporale.',
    "Mi par di capire che l'addebito non le risulta.", 'In altre parole, vorrebbe disdire il contratto.', 'Lei mi dice che la connessione cade spesso, giusto?',
    'se ho capito bne lei non riceve le email', 'Quindi il problema riguarda solo il wifi, corretto?', 'Mi pare di capire che ha cambiato casa da poco.',
    'Da quanto mi dice, il tecnico non si è presentato.', "Se ho ben capito, vuole passare a un'offerta più economica.", 'Mi conferma che la spia è rossa fissa?',
    'Mi sta dicendo che le hanno addebitato due volte lo stesso importo?', 'Dunque, se capisco bene, la bolletta è più alta del solito.',
    'Per essere sicura di aver capito: la linea cade ogni sera?', 'Mi sembra di capire che è molto preoccupata per il lavoro.',
    'Lei dice che il router è nuovo, giusto?', 'Quindi lei ha già provato a staccare la corrente?', 'Ok, quindi se ho capito bene, serve un nuovo modem.',
    // Written after the rules, as a check on them.
    'Quindi, se ho capito, la linea cade di sera', 'Lei mi sta dicendo che il router è spento', 'Ricapitolando il problema: niente internet da lunedì, giusto?',
    'Mi pare di aver capito che vuole disdire',
  ],
  askHold: [
    'Può attendere in linea un momento, per favore?', 'Le dispiace attendere qualche istante mentre verifico?', 'Resti in linea, per cortesia, controllo subito.',
    'Attenda un attimo, verifico la sua pratica.', 'La metto in attesa un minuto, va bene?', 'Mi permette di metterla in attesa qualche istante?',
    'Rimanga in linea, per favore.', 'Le chiedo un attimo di pazienza, verifico con il tecnico.', 'Posso metterla in attesa per un momento?',
    'attenda in linea per favore', 'Un istante, per cortesia, resti in attesa.', 'Potrebbe attendere un minuto mentre controllo?',
    'Le dispiace se la metto in attesa?', 'Se può attendere un secondo, consulto il sistema.', 'Gentilmente attenda qualche minuto in linea.',
    'Mi scusi, può rimanere in linea un attimo?', 'Non riagganci, per favore, torno subito.', 'Può aspettare un momento? Chiedo al collega.',
    'Aspetti un attimo in linea per cortesia', 'Le chiedo di attendere un momento mentre verifico il contratto.', 'Resti in linea un momentino, per favore',
    'Posso chiederle di pazientare qualche minuto?',
    // Written after the rules, as a check on them.
    'Mi concede un minuto in linea? Verifico subito', 'Può restare in linea qualche secondo?', 'Attenda per cortesia, sto controllando',
    'La devo mettere un attimo in attesa, va bene?',
  ],
  thankAfterHold: [
    "Grazie per l'attesa.", 'La ringrazio per aver atteso.', 'Grazie mille per la sua attesa, signora.', 'Eccomi, grazie per essere rimasta in linea.',
    'Grazie per la pazienza.', "Mi scusi per l'attesa, ho verificato.", "grazie dell'attesa, ho trovato il problema", 'La ringrazio per la pazienza, ora le spiego.',
    'Rieccomi, grazie di aver aspettato.', "Scusi se l'ho fatta attendere.", "Grazie per l'attsa", 'Grazie per essere rimasto in attesa.',
    "Ci scusiamo per l'attesa.", 'Grazie per avermi atteso, ho notizie.', "Eccomi di nuovo, la ringrazio per l'attesa.", "Perdoni l'attesa, ho controllato tutto.",
    'Grazie di avere atteso in linea.', "Scusate l'attesa, il sistema era lento.", 'Grazie della pazienza, signor Rossi.', 'grazie per essere restata in linea',
    'Mi scuso per averla fatta aspettare.', "Grazie tante per la pazienza e l'attesa.",
    // Written after the rules, as a check on them.
    'Grazie per aver atteso in linea', 'La ringrazio della pazienza', "Mi scusi per l'attesa, eccomi", "Grazie per l'attesa signora, ho verificato",
  ],
  announceTransfer: [
    "Ora la trasferisco all'ufficio amministrativo.", 'La passo subito a un collega del reparto tecnico.', 'La metto in contatto con il servizio commerciale.',
    'Trasferisco la chiamata al secondo livello.', 'Adesso la collego con un tecnico specializzato.', "Le trasferisco la chiamata all'ufficio reclami.",
    'Resti in linea, la sto trasferendo al reparto competente.', 'Posso trasferirla a un collega che si occupa di fatturazione?', 'la trasferisco al supervisore',
    "Per questo devo passarla all'amministrazione.", "La giro al collega dell'ufficio tecnico.", 'La metto in comunicazione con il responsabile.',
    'Inoltro la chiamata al team di secondo livello.', 'Ora la trasferiso al servizio tecnico', 'Le dispiace se la trasferisco a un collega?',
    "La inoltro all'assistenza tecnica, attenda in linea.", 'Adesso la passo al reparto fatturazione.', "Devo trasferire la sua chiamata all'ufficio competente.",
    'La collego subito con lo specialista.', "Un attimo che la metto in contatto con l'ufficio disdette.", 'Glielo passo, è il mio collega Marco.',
    'La trasferiamo al servizio clienti business.',
    // Written after the rules, as a check on them.
    "Adesso la trasferisco all'ufficio tecnico", "Le passo un collega dell'amministrazione", 'La metto in linea con il reparto commerciale',
    'Ora trasferisco la sua chiamata al supervisore',
  ],
  summarise: [
    'Riepilogando: ho aperto una segnalazione e un tecnico la chiamerà entro domani.', 'Ricapitolando, le abbiamo attivato la nuova offerta da lunedì.',
    'Riassumendo, il rimborso arriverà nella prossima fattura.', 'Quindi, ho registrato la sua richiesta di disdetta.',
    'Per riassumere: modem da sostituire, spedizione in 3 giorni.', 'Facciamo il punto: la linea verrà riattivata entro stasera.',
    "In sintesi, ho inoltrato il reclamo all'amministrazione.", 'Allora, ricapitoliamo quello che abbiamo concordato.',
    "Come concordato, ho modificato l'indirizzo di fatturazione.", 'riepilogando ho inserito la segnalazione con priorità alta',
    "Ricapitolo: oggi ho annullato l'ordine e le arriverà il rimborso.", 'Dunque, abbiamo stabilito che il tecnico passerà giovedì.',
    'Per ricapitolare, la sua pratica è la numero 1234.', 'Riepiloghiamo insieme: cambio piano tariffario dal primo del mese.',
    'Quindi ho inviato la documentazione alla sua email.', 'Riasumendo, lei riceverà un SMS di conferma.',
    "Allora, ho fissato l'appuntamento con il tecnico per venerdì.", 'In sintesi: segnalazione aperta, codice TK-1, richiamata entro 24 ore.',
    'Come le dicevo, ho segnalato il guasto al secondo livello.', 'Riassumo quanto fatto: verifica linea, reset remoto e ticket aperto.',
    'Ricapitolando quindi, la penale non verrà addebitata.', "Quindi abbiamo verificato l'identità e ho attivato il servizio.",
    // Written after the rules, as a check on them.
    'Allora riepilogo: ticket aperto e tecnico entro 48 ore', 'Quindi, ricapitolando, il modem verrà sostituito',
    'In sintesi la sua richiesta è stata registrata', 'Riassumendo: cambio offerta dal prossimo mese',
  ],
  anythingElse: [
    'Posso fare altro per lei?', 'C\'è altro in cui posso esserle utile?', 'Ha bisogno di altro?', 'Desidera altro?', "Posso aiutarla in qualcos'altro?",
    'Ci sono altre domande?', 'Ha altre richieste?', 'Serve altro?', 'Posso esserle utile in altro?', "c'e altro che posso fare per lei",
    "Le serve qualcos'altro, signora?", 'Ha ulteriori domande?', 'Posso esserle ancora utile?', "Qualcosa d'altro che posso fare?",
    'Ci sono altri dubbi che posso chiarire?', "Prima di salutarci, c'è dell'altro?", 'Posso aiutarla ancora in qualche modo?',
    'Ha bisogno di ulteriori informazioni?', "C'è un'altra cosa che posso fare per lei?", 'Tutto chiaro? Ha altre domande per me?',
    'Altro che posso fare per lei oggi?', 'Posso fare ancora qualcosa per lei?',
    // Written after the rules, as a check on them.
    "Posso esserle utile in qualcos'altro?", 'Ha bisogno di altre informazioni?', "C'è altro che posso fare?", "Desidera qualcos'altro?",
  ],
  closing: [
    'Grazie per aver chiamato Vesuvio Telecom, buona giornata!', 'Arrivederci e buona serata.', 'La saluto cordialmente.', 'Grazie per averci contattato, arrivederci.',
    'buona giornata signora', 'Grazie della chiamata e buon proseguimento.', 'Arrivederla, signor Rossi.', 'Le auguro una buona serata.', 'Grazie a lei, buon pomeriggio.',
    'Cordiali saluti e buona continuazione.', 'Grazie per aver scelto Vesuvio Telecom, arrivederci.', 'Arrivederci!', 'A presto, buona giornata.', 'arivederci',
    'La ringrazio per la chiamata, buona domenica.', 'Grazie per averci chiamato, le auguro un buon fine settimana.', 'Buon weekend e grazie per la chiamata.',
    'Bene, la saluto e le auguro buona giornata.', 'Grazie, arrivederci.', 'Buona serata e grazie per aver chiamato.', 'Alla prossima, arrivederci.',
    'Grazie di averci contattato, buona giornata.',
    // Written after the rules, as a check on them.
    'Grazie ancora per aver chiamato, arrivederci', 'Le auguro una buona giornata', 'Buona serata e arrivederci',
    'La ringrazio per averci contattato, buona giornata',
  ],
};

/** Replies that must count for nothing, near misses included: no company or no name in the greeting, the familiar "aspetta", "non capisco". */
const offTopic = [
  'Il pacco arriverà lunedì in mattinata',
  'Non posso darle informazioni su questo contratto',
  'Che tempo fa a Napoli?', 'La pizza margherita costa otto euro', 'Non lo so', 'ok', 'Buongiorno, sono Anna, come posso aiutarla?',
  'Vesuvio Telecom, buongiorno, come posso aiutarla?', 'Buongiorno, sono di Vesuvio Telecom.', 'Aspetta.', 'Aspetta un attimo che guardo.', 'Un attimo!',
  'Resta in linea.', 'Non capisco cosa vuole.', 'Deve capire che non dipende da me.', 'Non è colpa nostra.', 'Grazie.', 'Pronto? Mi sente?',
  'Il modem ha la spia rossa.', "Le passo il numero dell'ufficio tecnico.", 'Il trasferimento della linea richiede dieci giorni.', 'Ho registrato il suo nuovo indirizzo.',
  'Mi scusi, può ripetere?', 'Il tecnico passerà domani mattina.', 'La bolletta arriva ogni due mesi.', 'Buon giorno!', 'Non ho capito bene, può ripetere?',
  'Ha provato a riavviare il modem?', 'Le serve un altro modem?', 'Mi dia il numero della pratica.', 'La linea è stata trasferita ieri.', 'Sono le tre del pomeriggio.',
  'Vesuvio è un vulcano.', 'Richiamo più tardi.', 'Il suo contratto scade a marzo.', 'Sono stanco, che giornata!', 'Non mi dispiace affatto.',
  'Questa chiamata non serve a niente.', 'Vesuvio Telecom, sono qui per lei.',
];

describeSharedIntents('Italian', 'it', paraphrases, offTopic);
