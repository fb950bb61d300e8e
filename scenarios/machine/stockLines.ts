import type { Language } from '../../protocol/vocabulary.js';
import type { CallerLine, ReactionName } from '../format/schema.js';

/**
 * The reactions every caller has, in each contact language, for scenarios that do not write their
 * own (`reactions` in the file). Polite, impatient and angry variants, so even these never repeat.
 */
export const stockLines: Record<Language, Record<ReactionName, CallerLine>> = {
  it: {
    notUnderstood: { text: ['Scusi, in che senso?', 'Come, scusi? In che senso?'] },
    dontKnow: {
      text: ['Mah, questo non saprei dirglielo.', 'Non saprei, sinceramente.', 'Guardi, questo proprio non lo so.'],
      angry: ['E che ne so io? Non lo so!', 'Non lo so, e non è questo il punto.'],
    },
    rude: {
      text: ['Guardi che non c’è bisogno di rispondermi così.', 'Scusi, ma non mi sembra il modo di parlare a un cliente.'],
      angry: ['Ma come si permette? Non mi parli con questo tono.'],
    },
    rudeSupervisor: { text: ['Senta, così non va: vorrei parlare con un suo responsabile.', 'Mi passi un responsabile, per favore.'] },
    rudeHangUp: { text: ['Sa cosa? Lasciamo perdere. Arrivederci.', 'No, guardi, basta così. Buongiorno.'] },
    youRepeat: {
      text: ['Sì, questo me l’ha già detto.', 'Questo l’ho capito, ma quindi?'],
      impatient: ['Me l’ha già detto. E allora?'],
      angry: ['Me l’ha già detto! Mi dica qualcosa di nuovo.'],
    },
    anyoneThere: { text: ['Pronto? C’è ancora?', 'Scusi, è ancora in linea?'], impatient: ['Pronto? Mi sente? Sta facendo qualcosa?'] },
    longHold: {
      text: ['Ah, eccola. Cominciavo a pensare che si fosse dimenticato di me.'],
      angry: ['Finalmente! È stata un’attesa lunghissima.'],
    },
    stalling: { text: ['Allora?', 'Quindi?', 'Mi dica.'] },
    twistAngrier: {
      text: ['Senta, sto perdendo la pazienza: è da troppo che aspetto una soluzione.'],
      angry: ['Adesso basta, però! Sono stufo di aspettare, voglio una soluzione subito.'],
    },
  },
  en: {
    notUnderstood: { text: ['Sorry, what do you mean?', 'Sorry, how do you mean?'] },
    dontKnow: {
      text: ['Hmm, I couldn’t tell you that.', 'I honestly don’t know.', 'I’m afraid I don’t know that.'],
      angry: ['How would I know? I don’t know!', 'I don’t know, and that’s not the point.'],
    },
    rude: {
      text: ['There’s no need to talk to me like that.', 'Excuse me, that’s no way to speak to a customer.'],
      angry: ['How dare you? Don’t take that tone with me.'],
    },
    rudeSupervisor: { text: ['Look, this isn’t right. I’d like to speak to your supervisor.', 'Put me through to a manager, please.'] },
    rudeHangUp: { text: ['You know what? Forget it. Goodbye.', 'No, that’s enough. Goodbye.'] },
    youRepeat: {
      text: ['Yes, you already said that.', 'I got that, but what then?'],
      impatient: ['You said that already. And?'],
      angry: ['You’ve said that already! Tell me something new.'],
    },
    anyoneThere: {
      text: ['Hello? Are you still there?', 'Sorry, are you still on the line?'],
      impatient: ['Hello? Can you hear me? What are you doing?'],
    },
    longHold: { text: ['Ah, there you are. I was starting to think you’d forgotten me.'], angry: ['Finally! That was a very long wait.'] },
    stalling: { text: ['So?', 'Well?', 'Go on.'] },
    twistAngrier: {
      text: ['Look, I’m losing my patience here: I’ve been waiting far too long for a solution.'],
      angry: ['That’s enough now! I’m fed up with waiting, I want this sorted right now.'],
    },
  },
  fr: {
    notUnderstood: { text: ['Pardon, c’est-à-dire ?', 'Comment ça ?'] },
    dontKnow: {
      text: ['Ça, je ne saurais pas vous dire.', 'Franchement, je ne sais pas.'],
      angry: ['Comment voulez-vous que je le sache ?'],
    },
    rude: {
      text: ['Il n’y a pas besoin de me parler sur ce ton.', 'Excusez-moi, ce n’est pas une façon de parler à un client.'],
      angry: ['Non mais dites donc, changez de ton !'],
    },
    rudeSupervisor: { text: ['Écoutez, je voudrais parler à votre responsable.', 'Passez-moi un responsable, s’il vous plaît.'] },
    rudeHangUp: { text: ['Vous savez quoi ? Laissez tomber. Au revoir.'] },
    youRepeat: {
      text: ['Oui, vous me l’avez déjà dit.', 'Ça, j’ai compris, mais alors ?'],
      angry: ['Vous l’avez déjà dit ! Dites-moi autre chose.'],
    },
    anyoneThere: { text: ['Allô ? Vous êtes toujours là ?', 'Pardon, vous êtes encore en ligne ?'] },
    longHold: {
      text: ['Ah, vous voilà. Je commençais à croire que vous m’aviez oublié.'],
      angry: ['Enfin ! L’attente a été très longue.'],
    },
    stalling: { text: ['Alors ?', 'Donc ?', 'Je vous écoute.'] },
    twistAngrier: {
      text: ['Écoutez, je commence à perdre patience : ça fait trop longtemps que j’attends une solution.'],
      angry: ['Ça suffit maintenant ! J’en ai assez d’attendre, je veux une solution tout de suite.'],
    },
  },
  de: {
    notUnderstood: { text: ['Entschuldigung, wie meinen Sie das?', 'Wie bitte? Wie meinen Sie das?'] },
    dontKnow: {
      text: ['Das kann ich Ihnen leider nicht sagen.', 'Ehrlich gesagt, weiß ich das nicht.'],
      angry: ['Woher soll ich das wissen?'],
    },
    rude: {
      text: ['So müssen Sie nicht mit mir reden.', 'Entschuldigung, so spricht man nicht mit Kunden.'],
      angry: ['Was erlauben Sie sich? Nicht in diesem Ton!'],
    },
    rudeSupervisor: { text: ['Hören Sie, ich möchte mit Ihrem Vorgesetzten sprechen.', 'Geben Sie mir bitte einen Vorgesetzten.'] },
    rudeHangUp: { text: ['Wissen Sie was? Vergessen Sie es. Auf Wiederhören.'] },
    youRepeat: {
      text: ['Ja, das haben Sie schon gesagt.', 'Das habe ich verstanden, aber was nun?'],
      angry: ['Das sagten Sie schon! Sagen Sie mir etwas Neues.'],
    },
    anyoneThere: { text: ['Hallo? Sind Sie noch dran?', 'Entschuldigung, sind Sie noch in der Leitung?'] },
    longHold: {
      text: ['Ah, da sind Sie ja. Ich dachte schon, Sie hätten mich vergessen.'],
      angry: ['Endlich! Das hat sehr lange gedauert.'],
    },
    stalling: { text: ['Und?', 'Also?', 'Ich höre.'] },
    twistAngrier: {
      text: ['Hören Sie, mir reißt langsam der Geduldsfaden: Ich warte schon viel zu lange auf eine Lösung.'],
      angry: ['Jetzt reicht es aber! Ich habe genug vom Warten, ich will sofort eine Lösung.'],
    },
  },
  es: {
    notUnderstood: { text: ['Perdone, ¿en qué sentido?', '¿Cómo dice? ¿En qué sentido?'] },
    dontKnow: { text: ['Eso no sabría decírselo.', 'Sinceramente, no lo sé.'], angry: ['¿Y yo qué sé? ¡No lo sé!'] },
    rude: {
      text: ['No hace falta que me hable así.', 'Perdone, pero esa no es forma de hablarle a un cliente.'],
      angry: ['¿Pero cómo se atreve? No me hable en ese tono.'],
    },
    rudeSupervisor: { text: ['Mire, quiero hablar con su responsable.', 'Páseme con un responsable, por favor.'] },
    rudeHangUp: { text: ['¿Sabe qué? Déjelo. Adiós.'] },
    youRepeat: {
      text: ['Sí, eso ya me lo ha dicho.', 'Eso lo he entendido, ¿y entonces?'],
      angry: ['¡Eso ya me lo ha dicho! Dígame algo nuevo.'],
    },
    anyoneThere: { text: ['¿Oiga? ¿Sigue ahí?', 'Perdone, ¿sigue en línea?'] },
    longHold: {
      text: ['Ah, ya está aquí. Empezaba a pensar que se había olvidado de mí.'],
      angry: ['¡Por fin! Ha sido una espera larguísima.'],
    },
    stalling: { text: ['¿Y bien?', '¿Entonces?', 'Dígame.'] },
    twistAngrier: {
      text: ['Mire, estoy perdiendo la paciencia: llevo demasiado tiempo esperando una solución.'],
      angry: ['¡Ya basta! Estoy harto de esperar, quiero una solución ahora mismo.'],
    },
  },
};
