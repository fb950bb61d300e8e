import type { SharedIntentName } from '../../scenarios/intents/sharedIntents.js';
import { describeSharedIntents } from '../support/sharedIntentSuite.js';

/** Replies an operator would really type: different words, order, missing accents, a few typos. */
const paraphrases: Record<SharedIntentName, string[]> = {
  greeting: [
    'Vesuvio Telecom bonjour, je suis Julie, comment puis-je vous aider ?', "Bonjour, Vesuvio Telecom, Thomas à l'appareil.",
    "Vesuvio Telecom, bonjour, je m'appelle Claire.", 'Bonsoir, vous êtes en ligne avec Vesuvio Telecom, je suis Hugo.',
    'Vesuvio Telecom, Camille à votre écoute.', 'Bonjour et bienvenue chez Vesuvio Telecom, mon nom est Lucas.', 'vesuvio telecom bonjour je suis lea',
    'Bonjour, ici Nicolas de Vesuvio Telecom.', "Vesuvio Télécom, bonjour, Sophie à l'appareil, que puis-je faire pour vous ?",
    "VESUVIO TELECOM BONJOUR, JE M'APPELLE MARC", 'Bonjour, service client Vesuvio, je suis Manon.', "Vesuvo Telecom, bonjour, je m'apelle Antoine.",
    "Merci d'avoir appelé Vesuvio Telecom, je suis Chloé.", 'Bonjour, Vesuvio Telecom, vous parlez avec Inès.',
    "Vesuvio Telecom bonjour, c'est Pierre à l'appareil.", 'Bonjour madame, Vesuvio Telecom, je suis Emma, conseillère clientèle.',
    'Vesuvio Telecom, ici Julien, bonjour !', 'Bonsoir, Vesuvio Telecom, mon nom est Sarah, en quoi puis-je vous aider ?',
    "Bienvenue chez Vesuvio Telecom, je m'appelle Louis, je vous écoute.", 'Vesuvio Telecom, Alice à votre service, bonjour.',
    'Bonjour, vous êtes bien chez Vesuvio Telecom, je suis Paul.', "Vesuvio Telecom bonjour, votre conseiller Maxime à l'écoute.",
    // Written after the rules, as a check on them.
    "Vesuvio Telecom, bonjour, Marie à l'appareil", 'Bonjour, vous êtes chez Vesuvio Telecom, je suis Paul', 'Vesuvio Telecom bonjour, mon nom est Anne',
    'Bienvenue chez Vesuvio Telecom, ici Léa, comment puis-je vous aider ?',
  ],
  privacyNotice: [
    'Je vous informe que cet appel peut être enregistré.', 'Cette conversation est enregistrée à des fins de qualité.',
    'Vos données personnelles sont traitées conformément au RGPD.', 'Nous vous rappelons que les appels sont enregistrés.',
    'Pour la qualité du service, votre appel est enregistré.', 'Vos données seront utilisées uniquement pour traiter votre demande.',
    'Conformément à la réglementation sur la protection des données, je vous informe de vos droits.', 'cet appel est enregistre',
    'Notre politique de confidentialité est disponible sur notre site.', 'Je vous précise que la communication est enregistrée et peut être écoutée.',
    'Vos informations sont protégées et traitées de manière confidentielle.', 'Acceptez-vous le traitement de vos données personnelles ?',
    'Je dois vous informer que cet échange est enregistré.', 'Vos données restent en sécurité chez nous, selon le RGPD.',
    "L'appel est susceptible d'être enregistré.", 'Dans le respect de votre vie privée, vos données sont protégées.',
    "Cet appel peut faire l'objet d'un enregistrement.", 'Je vous rappelle que vos données sont traitées selon notre politique de confidentialité.',
    'Nos conversations sont enregistrées pour la formation de nos conseillers.', 'Vos coordonnées sont conservées de façon sécurisée.',
    'Pour votre sécurité, cet appel est enregistré.', "Conformément au RGPD, vous disposez d'un droit d'accès à vos données.",
    // Written after the rules, as a check on them.
    'Je vous informe que cet appel est enregistré', 'Les appels sont enregistrés pour des raisons de qualité',
    'Vos données personnelles sont protégées selon le RGPD', 'Cette communication peut être enregistrée',
  ],
  askIdentification: [
    'Pouvez-vous me donner votre nom et prénom ?', "Quel est votre numéro client, s'il vous plaît ?", 'Pourriez-vous me confirmer votre date de naissance ?',
    "À qui ai-je l'honneur ?", "J'aurais besoin de votre adresse pour vérifier.", "Pour vous identifier, pouvez-vous m'indiquer votre code client ?",
    'Pouvez-vous épeler votre nom de famille ?', "Qui est à l'appareil, s'il vous plaît ?", 'puis-je avoir votre numero de client svp',
    'Je dois vérifier votre identité avant de continuer.', 'Pouvez-vous me communiquer le numéro de téléphone de la ligne ?',
    'Quel est le nom du titulaire du contrat ?', 'Vous pouvez me rappeler votre code postal ?', "Avec qui je parle, s'il vous plaît ?",
    'Me donneriez-vous votre numéro de contrat ?', 'Pour des raisons de sécurité, pourriez-vous me dire votre prénom ?', "Votre nom, s'il vous plaît ?",
    'Je vais avoir besoin de vos coordonnées complètes.', "Pouvez-vous confirmer l'adresse de facturation ?", "C'est de la part de qui ?",
    'Quelle est votre date de naissance ?', 'Pourriez vous me donner votre identifiant client',
    // Written after the rules, as a check on them.
    'Pouvez-vous me donner votre numéro client ?', "Quel est votre nom, s'il vous plaît ?", 'Pourriez-vous me confirmer votre adresse ?',
    "Je dois d'abord vérifier votre identité",
  ],
  empathy: [
    'Je suis vraiment désolé pour ce désagrément.', 'Je comprends tout à fait votre frustration.', "Je vous comprends, c'est très pénible.",
    'Nous nous excusons pour la gêne occasionnée.', 'Vous avez entièrement raison.', "J'imagine à quel point c'est gênant sans internet.",
    "Je suis navrée pour ce qui s'est passé.", 'Toutes nos excuses pour ce retard.', 'je suis desole madame', 'Ne vous inquiétez pas, nous allons régler ça.',
    'Je me rends compte que la situation est difficile.', "Je vous présente mes excuses au nom de l'entreprise.", "C'est tout à fait compréhensible.",
    'Je comprends votre colère.', "Désolée pour l'attente, madame.", 'Nous comprenons votre mécontentement.', "Pas d'inquiétude, je m'en occupe.",
    'Je regrette sincèrement cette situation.', "Je m'excuse pour ce malentendu.", 'Je comprend bien votre probleme', "Vous avez raison, ce n'est pas normal.",
    'Ça doit être vraiment frustrant.',
    // Written after the rules, as a check on them.
    'Je suis vraiment désolée', 'Je comprends votre agacement', 'Toutes mes excuses pour la gêne', "Je comprends tout à fait, c'est pénible",
  ],
  activeListening: [
    'Si je comprends bien, votre connexion est coupée depuis hier.', 'Donc vous me dites que la box clignote en rouge ?',
    'Corrigez-moi si je me trompe : la facture est arrivée deux fois ?', 'Si je ne me trompe pas, vous avez déjà redémarré le modem.',
    'Autrement dit, vous souhaitez résilier.', "D'après ce que vous me dites, la panne a commencé après l'orage.",
    "Si j'ai bien compris, vous n'avez pas reçu le routeur.", "Vous me dites que le débit baisse le soir, c'est bien ça ?",
    "En d'autres termes, vous voulez changer d'offre.", 'si jai bien compris le wifi ne marche plus', 'Donc le problème vient de la facturation ?',
    "Pour être sûr d'avoir bien compris : vous avez déménagé ?", "Vous dites que le technicien n'est pas venu ?",
    'Ai-je bien compris que vous avez été prélevé deux fois ?', 'Donc votre ligne fixe fonctionne mais pas internet ?',
    'Si je vous ai bien compris, vous voulez un remboursement.', "Vous voulez dire que l'appareil s'éteint tout seul ?",
    'Je reformule : la panne dure depuis trois jours ?', 'Si je comprend bien, vous êtes en télétravail.',
    "D'après ce que vous dites, le problème est intermittent.", 'Donc vous avez déjà essayé de débrancher la box ?',
    "Laissez-moi vérifier que j'ai bien compris votre demande.",
    // Written after the rules, as a check on them.
    "Si j'ai bien compris, vous n'avez plus internet", 'Donc vous me dites que la facture est fausse ?', "Si je comprends bien, le technicien n'est pas venu",
    'Autrement dit, vous voulez résilier',
  ],
  askHold: [
    "Pouvez-vous patienter un instant, s'il vous plaît ?", 'Je vous mets en attente quelques instants, je vérifie.', "Restez en ligne, s'il vous plaît.",
    'Puis-je vous mettre en attente un moment ?', 'Ne quittez pas, je regarde votre dossier.', 'Veuillez patienter quelques minutes.',
    'Cela vous dérange si je vous mets en attente ?', 'Merci de patienter un instant.', 'Pourriez-vous rester en ligne une minute ?', 'patientez un instant svp',
    'Un instant de patience, je consulte votre contrat.', 'Je vais vous demander de patienter un petit moment.', 'Attendez un instant, je vous prie.',
    'Puis-je vous demander de rester en ligne ?', 'Restez en ligne quelques secondes, je vérifie.', 'Je vous mets en attente, le temps de vérifier.',
    'Vous permettez que je vous mette en attente ?', 'Pouvez-vous attendre deux minutes ?', "Un moment s'il vous plaît, ne quittez pas.",
    'Merci de rester en ligne pendant que je vérifie.', 'Patientez quelques instants, je reviens vers vous.', 'Puis-je vous faire patienter une minute ?',
    // Written after the rules, as a check on them.
    'Pouvez-vous patienter quelques instants ?', 'Je vous mets en attente un moment, je vérifie', "Restez en ligne s'il vous plaît",
    'Veuillez patienter un instant',
  ],
  thankAfterHold: [
    "Merci d'avoir patienté.", 'Merci pour votre patience.', 'Je vous remercie de votre attente.', "Désolé pour l'attente.", "Merci d'être resté en ligne.",
    "Merci beaucoup pour votre patience, j'ai trouvé.", "Je vous remercie d'avoir attendu.", 'Excusez-moi de vous avoir fait attendre.',
    'Merci de votre patience, madame.', 'merci davoir patienté', "Merci pour l'attente, j'ai les informations.", 'Je suis désolée pour cette attente.',
    "Merci de m'avoir attendu.", "Pardon pour l'attente.", "Merci d'être restée en ligne, madame.", 'Merci infiniment pour votre patience.',
    'Navré de vous avoir fait patienter.', "Je vous remercie d'avoir patienté.", 'Merci de votre attente, je reviens avec une réponse.',
    "Toutes mes excuses pour l'attente.", "Merci beaucoup d'avoir attendu.", 'Merci pour votre patiance',
    // Written after the rules, as a check on them.
    'Merci de votre patience', "Merci d'avoir patienté, madame", "Désolé pour l'attente", 'Je vous remercie pour votre attente',
  ],
  announceTransfer: [
    'Je vous transfère au service technique.', 'Je vais vous passer un collègue du service facturation.', 'Je vous mets en relation avec un conseiller spécialisé.',
    'Je transfère votre appel au service commercial.', 'Je vous passe mon responsable.', "Je vais vous transférer vers l'équipe de deuxième niveau.",
    'Je vous redirige vers le bon service.', 'Ne quittez pas, je vous transfère à un technicien.', 'je vous transfere au service client',
    'Je vous mets en contact avec le département réclamations.', 'Je vais vous mettre en relation avec la comptabilité.',
    'Je vous passe le service technique, restez en ligne.', 'Je vais transférer votre appel à mon superviseur.', 'Je vous oriente vers un spécialiste.',
    'Permettez-moi de vous transférer à une collègue.', 'Je vous bascule vers le service résiliation.', 'Je vous passe un conseiller, un instant.',
    "Je transfère l'appel à l'équipe technique.", "Je vais vous mettre en contact avec quelqu'un du service facturation.",
    'Je vous transfère vers un interlocuteur dédié.', 'Je peux vous transférer au service commercial si vous voulez.',
    'Je vous mets en relation avec mon responsable.',
    // Written after the rules, as a check on them.
    'Je vous transfère au service facturation', 'Je vous passe un collègue du support', 'Je vais vous mettre en relation avec un technicien',
    'Je transfère votre appel au service commercial',
  ],
  summarise: [
    "Pour résumer, j'ai ouvert un ticket et un technicien vous rappellera.", 'En résumé, votre nouvelle offre démarre lundi.',
    'Je récapitule : remboursement sur la prochaine facture.', "Comme convenu, j'ai annulé la commande.", "Donc j'ai enregistré votre demande de résiliation.",
    'Faisons le point : la ligne sera rétablie ce soir.', 'Pour récapituler, le technicien passe jeudi matin.', 'Récapitulons ce que nous avons convenu.',
    "en resume j'ai modifie votre adresse", 'Si je résume, votre dossier est transmis au service technique.', "Comme indiqué, j'ai envoyé le formulaire par e-mail.",
    'Donc nous avons fixé le rendez-vous à vendredi.', "Je résume ce que j'ai fait : vérification, réinitialisation et ticket.",
    'En bref, vous recevrez un SMS de confirmation.', 'Pour faire le point, votre contrat se termine en mars.', "Comme convenu, j'ai programmé l'intervention.",
    'Résumons : nouveau routeur, livraison sous trois jours.', "Donc j'ai signalé la panne au deuxième niveau.", 'Pour resumer, aucun frais ne sera facturé.',
    "Comme je vous l'ai dit, j'ai activé l'option.", "En somme, tout est réglé pour aujourd'hui.", "Donc on a convenu d'un rappel demain.",
    // Written after the rules, as a check on them.
    'Pour résumer, un technicien passera jeudi', "En résumé, j'ai ouvert un ticket", 'Je récapitule : remboursement le mois prochain',
    "Comme convenu, j'ai modifié votre offre",
  ],
  anythingElse: [
    'Puis-je faire autre chose pour vous ?', "Avez-vous d'autres questions ?", 'Y a-t-il autre chose que je puisse faire ?',
    'Est-ce que je peux vous aider pour autre chose ?', "Avez-vous besoin d'autre chose ?", 'Une autre question ?', 'Souhaitez-vous autre chose ?',
    "Je peux faire quelque chose d'autre pour vous ?", "autre chose pour vous aujourd'hui ?", "Vous avez d'autres demandes ?",
    'Puis-je vous aider sur un autre point ?', 'Avez-vous une autre demande ?', 'Il y a autre chose que je peux faire pour vous ?', 'Désirez-vous autre chose ?',
    "D'autres questions pour moi ?", 'Puis je vous aider pour autre chose', 'Y a-t-il un autre souci que je peux régler ?',
    "Avant de raccrocher, avez-vous d'autres questions ?", 'Est-ce que je peux faire encore quelque chose pour vous ?', 'Autre chose que je peux faire ?',
    "Vous avez besoin d'autre chose, madame ?", 'Puis-je vous être utile pour autre chose ?',
    // Written after the rules, as a check on them.
    'Puis-je vous aider pour autre chose ?', "Avez-vous d'autres questions ?", 'Y a-t-il autre chose pour votre service ?', "Vous avez besoin d'autre chose ?",
  ],
  closing: [
    'Merci de votre appel, bonne journée !', 'Au revoir et bonne soirée.', "Merci d'avoir appelé Vesuvio Telecom, au revoir.",
    'Je vous souhaite une bonne fin de journée.', 'Bonne journée, madame.', 'À bientôt et merci.', 'Merci de nous avoir contactés, bonne soirée.', 'au revoir',
    'Bon week-end et merci pour votre appel.', 'Merci à vous, bonne continuation.', 'Je vous souhaite un bon après-midi.', 'Aurevoir',
    'Merci pour votre appel et à la prochaine.', 'Bonne soirée, au revoir !', "Merci d'avoir choisi Vesuvio Telecom, bonne journée.", 'Cordialement, au revoir.',
    'Bonne journee monsieur', 'Je vous remercie pour votre appel, au revoir.', 'Merci et bonne fin de semaine.', 'Passez une bonne journée !',
    'Au revoir madame, et encore merci.', 'Merci de nous avoir appelés, à bientôt.',
    // Written after the rules, as a check on them.
    'Merci pour votre appel, bonne journée', 'Au revoir et bonne soirée', 'Bonne fin de journée, au revoir', "Merci d'avoir appelé, à bientôt",
  ],
};

/** Replies that must count for nothing, near misses included: no company or no name in the greeting, the familiar "attends", "je ne comprends pas". */
const offTopic = [
  'Quel temps fait-il à Naples ?', 'Une pizza margherita coûte huit euros.', 'Je ne sais pas.', 'ok', 'Bonjour, je suis Julie, comment puis-je vous aider ?',
  'Vesuvio Telecom bonjour, que puis-je faire pour vous ?', 'Bonjour, je suis de Vesuvio Telecom.', 'Attends.', 'Attends deux secondes.', 'Bouge pas.',
  'Je ne comprends pas ce que vous voulez.', "Vous devez comprendre que ce n'est pas notre faute.", "Ce n'est pas mon problème.", 'Merci.',
  "Allô ? Vous m'entendez ?", 'La box clignote en rouge.', "J'ai enregistré votre nouvelle adresse.", 'Avez-vous essayé autre chose ?',
  'Je vous passe les détails techniques.', 'Le technicien passera demain.', 'La facture arrive tous les deux mois.', 'Bonjour !', 'Pardon ?',
  'Avez-vous redémarré la box ?', 'Votre contrat se termine en mars.', 'Le Vésuve est un volcan.', 'Je rappellerai plus tard.', "Ce n'est pas mon travail.",
  'Je ne suis pas désolé du tout.', 'Le transfert de ligne prend dix jours.', 'Cet appel ne sert à rien.', "Vous avez besoin d'un autre câble ?",
  'Excusez-moi, vous pouvez répéter ?',
];

describeSharedIntents('French', 'fr', paraphrases, offTopic);
