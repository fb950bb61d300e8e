import type { PhraseBook } from './types.js';

export const phraseBook: PhraseBook = {
  agentPlaceholder: '[su nombre]',
  phrases: {
    greeting: [
      'Vesuvio Telecom, buenos días, le atiende {agent}. ¿En qué puedo ayudarle?',
      'Vesuvio Telecom, buenas tardes, soy {agent}. ¿Qué puedo hacer por usted?',
    ],
    privacy: [
      'Le informo de que esta llamada puede ser grabada con fines de calidad, de acuerdo con la normativa de protección de datos.',
      'Sus datos se utilizarán solo para gestionar su solicitud, según la política de privacidad de Vesuvio Telecom.',
    ],
    identification: [
      'Para poder ayudarle, primero tengo que verificar su identidad: ¿me indica el nombre y apellidos del titular?',
      '¿Me confirma el código de cliente o el código fiscal del titular, por favor?',
      'Gracias. ¿Me confirma también su fecha de nacimiento?',
    ],
    hold: [
      '¿Le importa esperar un momento mientras lo compruebo? Le pongo en espera.',
      '¿Me permite un minuto para verificarlo? Le dejo en espera brevemente.',
    ],
    afterHold: ['Gracias por esperar, ya estoy de nuevo con usted.', 'Gracias por su paciencia: ya lo he comprobado y se lo explico.'],
    transfer: [
      'Para esta consulta le paso con mi compañero del departamento correspondiente, que ya tiene toda la información. No cuelgue, por favor.',
      'Le transfiero al servicio especializado; no tendrá que repetir lo que me ha contado.',
    ],
    empathy: [
      'Siento mucho las molestias, lo entiendo y me ocupo ahora mismo.',
      'Entiendo su preocupación: veamos juntos cómo solucionarlo.',
      'Le pido disculpas por el inconveniente, haremos lo posible para resolverlo cuanto antes.',
    ],
    summary: [
      'Resumiendo: he abierto una incidencia y le contactarán en el plazo indicado. ¿Es correcto?',
      'Recapitulando, hemos comprobado el problema y le he explicado los próximos pasos.',
    ],
    anythingElse: ['¿Puedo ayudarle en algo más?', '¿Hay algo más que pueda hacer por usted hoy?'],
    closing: [
      'Gracias por llamar a Vesuvio Telecom, que tenga un buen día.',
      'Gracias por su paciencia. Hasta luego y buenas tardes de parte de Vesuvio Telecom.',
    ],
  },
};
