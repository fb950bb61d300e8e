import type { PhraseBook } from './types.js';

export const phraseBook: PhraseBook = {
  agentPlaceholder: '[votre prénom]',
  phrases: {
    greeting: [
      'Vesuvio Telecom, bonjour, {agent} à l’appareil. Comment puis-je vous aider ?',
      'Vesuvio Telecom, bonsoir, je suis {agent}. Que puis-je faire pour vous ?',
    ],
    privacy: [
      'Je vous informe que cet appel peut être enregistré à des fins de qualité, conformément à la réglementation sur la protection des données.',
      'Vos données seront utilisées uniquement pour traiter votre demande, comme le prévoit la politique de confidentialité de Vesuvio Telecom.',
    ],
    identification: [
      'Pour pouvoir vous aider, je dois d’abord vérifier votre identité : pouvez-vous me donner les nom et prénom du titulaire ?',
      'Pouvez-vous me confirmer le code client ou le code fiscal du titulaire, s’il vous plaît ?',
      'Merci. Pouvez-vous aussi me confirmer votre date de naissance ?',
    ],
    hold: [
      'Je vous demande de patienter un instant pendant que je vérifie : je vous mets en attente, d’accord ?',
      'Puis-je vous mettre en attente une minute, le temps de contrôler ?',
    ],
    afterHold: ['Merci de votre patience, je suis de nouveau avec vous.', 'Merci d’avoir patienté : j’ai vérifié et je vous explique.'],
    transfer: [
      'Pour cette demande, je vous transfère à mon collègue du service compétent, qui a déjà toutes les informations. Restez en ligne, s’il vous plaît.',
      'Je vous passe le service spécialisé ; vous n’aurez pas à répéter ce que vous m’avez dit.',
    ],
    empathy: [
      'Je suis désolé pour la gêne occasionnée, je comprends et je m’en occupe tout de suite.',
      'Je comprends votre inquiétude : voyons ensemble comment résoudre le problème.',
      'Veuillez nous excuser pour ce désagrément, nous faisons le nécessaire au plus vite.',
    ],
    summary: [
      'En résumé : j’ai ouvert un signalement et vous serez recontacté dans les délais indiqués. Est-ce bien correct ?',
      'Pour récapituler, nous avons vérifié le problème et je vous ai indiqué les prochaines étapes.',
    ],
    anythingElse: ['Puis-je vous aider pour autre chose ?', 'Y a-t-il autre chose que je puisse faire pour vous aujourd’hui ?'],
    closing: [
      'Merci d’avoir appelé Vesuvio Telecom, bonne journée.',
      'Merci de votre patience. Au revoir et bonne soirée de la part de Vesuvio Telecom.',
    ],
  },
};
