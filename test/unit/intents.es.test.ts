import type { SharedIntentName } from '../../scenarios/intents/sharedIntents.js';
import { describeSharedIntents } from '../support/sharedIntentSuite.js';

/** Replies an operator would really type: different words, order, missing accents, a few typos. */
const paraphrases: Record<SharedIntentName, string[]> = {
  greeting: [
    'Vesuvio Telecom, buenos días, le atiende Lucía, ¿en qué puedo ayudarle?', 'Buenos días, Vesuvio Telecom, mi nombre es Carlos.',
    'Vesuvio Telecom, buenas tardes, soy Marta.', 'Gracias por llamar a Vesuvio Telecom, le habla Javier.',
    'Buenas tardes, bienvenido a Vesuvio Telecom, me llamo Elena.', 'vesuvio telecom buenos dias soy pablo', 'Vesuvio Telecom, habla Laura, ¿en qué le puedo ayudar?',
    'Buenos días, está hablando con Sergio de Vesuvio Telecom.', 'VESUVIO TELECOM, BUENOS DÍAS, SOY ANA', 'Vesuvo Telecom, buenos días, mi nombre es Diego.',
    'Buenas noches, Vesuvio Telecom, le atiende Raquel.', 'Hola, Vesuvio Telecom, soy Andrés, ¿en qué puedo ayudarle?',
    'Vesuvio Telecom, atención al cliente, le habla Patricia.', 'Buenos días, soy Miguel, de Vesuvio Telecom, ¿en qué le ayudo?',
    'Vesuvio Telecom, le saluda Isabel, buenos días.', 'Bienvenido a Vesuvio Telecom, mi nombre es Jorge, ¿cómo puedo ayudarle?',
    'Vesuvio Telecom buenas tardes, le atiende su asesora Carmen.', 'Buenos días, Vesuvio, me llamo Alberto.', 'Vesuvio Telecom, buenos días, habla con Sofía.',
    'Buenos días y gracias por llamar a Vesuvio Telecom, soy Nuria.', 'Vesuvio Telecom, buen día, le habla Tomás.', 'Vesuvio Telecom, Beatriz al habla, buenos días.',
    // Written after the rules, as a check on them.
    'Vesuvio Telecom, buenos días, le atiende Pedro', 'Buenas tardes, Vesuvio Telecom, soy Clara',
    'Vesuvio Telecom, mi nombre es Luis, ¿en qué puedo ayudarle?', 'Bienvenido a Vesuvio Telecom, le habla Rosa',
  ],
  privacyNotice: [
    'Le informo de que esta llamada puede ser grabada.', 'La conversación está siendo grabada por motivos de calidad.',
    'Sus datos personales serán tratados conforme al RGPD.', 'Le recuerdo que las llamadas se graban.', 'Por su seguridad, esta llamada queda grabada.',
    'Sus datos solo se usarán para gestionar su solicitud.', 'De acuerdo con la ley de protección de datos, le informo de sus derechos.',
    'esta llamada esta siendo grabada', 'Nuestra política de privacidad está disponible en la web.', 'Le comunico que grabamos la conversación.',
    'Su información está protegida y se trata de forma confidencial.', '¿Acepta el tratamiento de sus datos personales?',
    'Debo informarle de que la llamada es grabada.', 'Sus datos están seguros con nosotros, según la normativa vigente.',
    'La llamada podrá ser grabada con fines de formación.', 'En cumplimiento de la normativa de privacidad, sus datos están protegidos.',
    'Esta conversación puede ser grabada y monitorizada.', 'Le recuerdo que sus datos se tratan según nuestra política de privacidad.',
    'Todas las llamadas se graban para mejorar el servicio.', 'Sus datos se guardan de forma segura.', 'Le informo que la llamada está siendo grabada.',
    'Conforme a la LOPD, puede ejercer sus derechos sobre sus datos.',
    // Written after the rules, as a check on them.
    'Le informo que la llamada está siendo grabada', 'Esta conversación puede ser grabada', 'Sus datos personales están protegidos según el RGPD',
    'Grabamos las llamadas por calidad',
  ],
  askIdentification: [
    '¿Me puede decir su nombre y apellidos?', '¿Podría indicarme su número de cliente?', '¿Me confirma su fecha de nacimiento, por favor?',
    '¿Con quién tengo el gusto de hablar?', 'Necesito su DNI para verificar la cuenta.', 'Para identificarle, ¿me facilita su código de cliente?',
    '¿Me deletrea su apellido, por favor?', '¿De parte de quién?', 'me puede dar su numero de contrato', 'Debo verificar su identidad antes de continuar.',
    '¿Podría facilitarme el número de teléfono de la línea?', '¿Quién es el titular del contrato?', '¿Cuál es su código postal?', '¿Con quién hablo, por favor?',
    '¿Me dice su nombre completo?', 'Por seguridad, ¿podría decirme su domicilio?', 'Necesitaría algunos datos para localizar su ficha.',
    '¿Me confirma la dirección de facturación?', '¿Cuál es su número de cliente?', 'Por favor, indíqueme su NIE.', '¿Me puede dar el nombre del titular?',
    '¿Podría darme su numero de clinete?',
    // Written after the rules, as a check on them.
    '¿Me puede dar su DNI?', '¿Cuál es su nombre completo?', '¿Podría confirmarme su número de cliente?', 'Necesito verificar su identidad',
  ],
  empathy: [
    'Lo siento mucho, señora.', 'Entiendo perfectamente su enfado.', 'Le pido disculpas por las molestias.', 'Tiene toda la razón.', 'Lamento mucho lo ocurrido.',
    'Comprendo su frustración.', 'Me imagino lo molesto que es quedarse sin internet.', 'Disculpe las molestias, lo solucionamos enseguida.',
    'lo siento mucho de verdad', 'No se preocupe, nos encargamos nosotros.', 'Le entiendo, es una situación muy incómoda.', 'Sentimos mucho el retraso.',
    'Es comprensible que esté enfadado.', 'Le presento nuestras disculpas.', 'Lamentamos el inconveniente.', 'Comprendemos su situación y vamos a ayudarle.',
    'Perdone las molestias, señor.', 'Entiendo, debe de ser muy frustrante.', 'Siento mucho lo que ha pasado.', 'Tiene razón, no debería haber pasado.',
    'Qué fastidio, lo siento.', 'Entiendo su preocupacion',
    // Written after the rules, as a check on them.
    'Lo siento mucho', 'Entiendo su molestia', 'Le pido disculpas por el problema', 'Comprendo perfectamente',
  ],
  activeListening: [
    'Si he entendido bien, no tiene internet desde ayer.', 'Entonces usted me dice que la factura llegó dos veces.',
    'Corríjame si me equivoco: el router tiene la luz roja.', 'Si no me equivoco, ya ha reiniciado el módem.', 'O sea que quiere darse de baja.',
    'Según me cuenta, el problema empezó después de la tormenta.', 'En otras palabras, quiere cambiar de tarifa.', 'Me está diciendo que el técnico no vino, ¿verdad?',
    'Es decir, que la conexión se corta por la noche.', 'si lo he entendido bien el wifi no funciona', 'Entonces el problema es solo con el teléfono fijo, ¿correcto?',
    'Por lo que me cuenta, se ha mudado hace poco.', 'Usted dice que le han cobrado dos veces.', 'Déjeme ver si lo he entendido: la línea se cae cada tarde.',
    'Si entiendo bien, quiere un técnico en casa.', 'Lo que me dice es que no recibió el router.', 'Quiere decir que la velocidad es más baja de lo normal.',
    'Para asegurarme de que lo he entendido: ¿trabaja desde casa?', 'Si le he entendido bien, falta un abono en su factura.',
    'Por lo que me dice, el error aparece al encender.', 'Entonces usted ya probó a desconectar el router.', 'Si no he entendido mal, quiere cancelar el pedido.',
    // Written after the rules, as a check on them.
    'Si he entendido bien, no tiene conexión', 'O sea que le cobraron dos veces', 'Entonces usted me dice que el router no enciende',
    'Si no me equivoco, el técnico no fue',
  ],
  askHold: [
    '¿Puede esperar un momento, por favor?', 'Le pongo en espera unos minutos, ¿le parece bien?', 'Permanezca en línea, por favor.',
    'Espere un momento mientras lo compruebo.', '¿Le importa esperar unos segundos?', 'No cuelgue, por favor, vuelvo enseguida.',
    '¿Me permite ponerle en espera un instante?', 'Aguarde un momento, por favor.', 'espere un segundo por favor',
    '¿Podría mantenerse en línea mientras reviso su cuenta?', 'Un momento, por favor, no cuelgue.', 'Le voy a dejar en espera un minuto.',
    '¿Puede aguardar en línea unos instantes?', 'Manténgase en línea, por favor, consulto con mi compañero.', 'Espere un momentito, por favor.',
    'Si es tan amable, espere un minuto.', '¿Le importaría esperar mientras verifico los datos?', 'Voy a ponerle en espera, ¿le parece bien?',
    'Permítame un momento, quédese en línea.', '¿Puedo ponerle en espera unos minutos?', 'Espere en línea, por favor.', 'Deme un segundo, no cuelgue por favor.',
    // Written after the rules, as a check on them.
    '¿Puede esperar un momento?', 'Le pongo en espera un minuto, por favor', 'No cuelgue, por favor', 'Espere un instante mientras lo compruebo',
  ],
  thankAfterHold: [
    'Gracias por la espera.', 'Muchas gracias por su paciencia.', 'Gracias por esperar.', 'Disculpe la espera.', 'Perdone la demora, ya tengo la información.',
    'Gracias por haber esperado.', 'Le agradezco su paciencia.', 'Gracias por permanecer en línea.', 'gracias por su espera', 'Siento haberle hecho esperar.',
    'Gracias por su paciencia, ya estoy de vuelta.', 'Disculpe por hacerle esperar.', 'Muchas gracias por esperar, señora.', 'Agradecemos su espera.',
    'Gracias por aguardar en línea.', 'Perdón por la espera.', 'Gracias por mantenerse en línea.', 'Lamento la demora.', 'Gracias por la paciencia y por esperar.',
    'Muchas gracias por su pacienca.', 'Gracias por seguir en línea.', 'Siento la espera, ya lo tengo.',
    // Written after the rules, as a check on them.
    'Gracias por esperar', 'Gracias por su paciencia', 'Disculpe la espera', 'Perdone la demora',
  ],
  announceTransfer: [
    'Le transfiero con el departamento técnico.', 'Le paso con un compañero de facturación.', 'Le pongo en contacto con un especialista.',
    'Voy a transferir su llamada al área comercial.', 'Le comunico con mi supervisora.', 'Le derivo al servicio técnico.',
    'No cuelgue, le transfiero con el segundo nivel.', 'le transfiero al departamento de bajas', 'Voy a pasarle con el responsable.',
    'Le conecto con el equipo de soporte.', 'Le paso la llamada a una compañera.', 'Le voy a transferir a atención al cliente.',
    'Le pongo con el técnico de guardia.', 'Voy a derivar su llamada al departamento correspondiente.', 'Le transfiero ahora mismo con facturación.',
    'Le redirijo al área de empresas.', 'Permítame transferirle con un experto.', 'Le paso con el servicio de averías.', 'Le comunico con el encargado.',
    'Le transfiero a una compañera del área técnica.', 'Voy a ponerle en contacto con el departamento de reclamaciones.', 'Le conecto con un técnico especializado.',
    // Written after the rules, as a check on them.
    'Le transfiero con el departamento técnico', 'Le paso con un compañero', 'Le pongo en contacto con facturación',
    'Voy a transferir su llamada al supervisor',
  ],
  summarise: [
    'Resumiendo: he abierto una incidencia y un técnico le llamará mañana.', 'En resumen, su nueva tarifa empieza el lunes.',
    'Para resumir, el reembolso llegará en la próxima factura.', 'Como acordamos, he cancelado el pedido.', 'Recapitulando, el técnico irá el jueves por la mañana.',
    'Entonces he registrado su solicitud de baja.', 'Le resumo: router nuevo, envío en tres días.', 'En resumen he modificado su dirección de facturación.',
    'resumiendo he enviado el formulario a su correo', 'Como hemos acordado, he programado la visita.', 'Para recapitular, su número de incidencia es el 1234.',
    'Recapitulemos lo que hemos hecho hoy.', 'Así que he escalado su reclamación al segundo nivel.', 'En síntesis, no habrá ningún cargo por la visita.',
    'Como le comenté, he activado la opción.', 'Hagamos un resumen: incidencia abierta, prioridad alta.',
    'Resumo lo que hemos hecho: verificación, reinicio remoto e incidencia.', 'Entonces hemos quedado en que le llamamos mañana.',
    'En definitiva, el problema queda resuelto.', 'Resumiendo entonces, el contrato termina en marzo.', 'Como quedamos, he tramitado el cambio de titular.',
    'Rezumiendo, recibirá un SMS de confirmación.',
    // Written after the rules, as a check on them.
    'Resumiendo, he abierto una incidencia', 'En resumen, el técnico irá el lunes', 'Para resumir: nueva tarifa desde mayo',
    'Como acordamos, he cancelado el pedido',
  ],
  anythingElse: [
    '¿Puedo ayudarle en algo más?', '¿Hay algo más en lo que pueda ayudarle?', '¿Tiene alguna otra consulta?', '¿Necesita algo más?', '¿Desea algo más?',
    '¿Alguna pregunta más?', '¿Puedo hacer algo más por usted?', '¿En qué más puedo ayudarle?', 'necesita alguna otra cosa', '¿Le puedo ayudar con otra cosa?',
    '¿Tiene alguna duda más?', '¿Hay alguna otra gestión que pueda hacer por usted?', '¿Quiere consultar algo más?', '¿Algo más en lo que le pueda ayudar?',
    'Antes de despedirnos, ¿tiene otras preguntas?', '¿Puedo servirle en algo más?', '¿Hay otra cosa que pueda hacer por usted?', '¿Le queda alguna duda más?',
    '¿Necesita ayuda con algo más?', '¿Alguna otra consulta, señora?', '¿Desea hacer alguna otra consulta?', '¿Algo mas que pueda hacer por usted?',
    // Written after the rules, as a check on them.
    '¿Algo más en lo que pueda ayudarle?', '¿Tiene alguna otra consulta?', '¿Puedo ayudarle en algo más?', '¿Necesita algo más?',
  ],
  closing: [
    'Gracias por llamar a Vesuvio Telecom, que tenga un buen día.', 'Adiós, que pase una buena tarde.', 'Muchas gracias por su llamada, hasta luego.',
    'Que tenga un buen día, señora.', 'Hasta pronto y gracias.', 'Gracias por contactar con nosotros, buen fin de semana.', 'adios',
    'Un saludo y que le vaya bien.', 'Gracias por elegir Vesuvio Telecom, hasta luego.', 'Que tenga una buena tarde.', 'Hasta la próxima, adiós.',
    'Gracias por su llamada, que pase un buen día.', 'Feliz fin de semana, adiós.', 'Hasta luego, gracias por llamar.', 'Que tenga buen día.',
    'Saludos cordiales, hasta pronto.', 'Le deseo un feliz día, adiós.', 'Gracias por comunicarse con nosotros, que tenga buena tarde.',
    'Hasta luego y que vaya todo bien.', 'Muchas gracias, adios y buen dia.', 'Gracias a usted, hasta luego.', 'Que tenga una buena noche, adiós.',
    // Written after the rules, as a check on them.
    'Gracias por llamar, que tenga un buen día', 'Adiós, hasta luego', 'Que tenga una buena tarde', 'Muchas gracias por su llamada, adiós',
  ],
};

/** Replies that must count for nothing, near misses included: no company or no name in the greeting, the familiar "espera", "no entiendo". */
const offTopic = [
  '¿Qué tiempo hace en Nápoles?', 'Una pizza margarita cuesta ocho euros.', 'No lo sé.', 'ok', 'Buenos días, soy Ana, ¿en qué puedo ayudarle?',
  'Vesuvio Telecom, buenos días, ¿en qué puedo ayudarle?', 'Buenos días, soy de Vesuvio Telecom.', 'Espera.', 'Espera un momento.', '¡Un momento!',
  'No entiendo lo que quiere.', 'Tiene que entender que no es culpa nuestra.', 'No es problema nuestro.', 'Gracias.', '¿Oiga? ¿Me oye?',
  'La luz del router está en rojo.', 'He grabado su nueva dirección.', '¿Ha probado algo más?', '¿Puede revisar sus datos móviles?', 'El técnico vendrá mañana.',
  'La factura llega cada dos meses.', '¡Buenos días!', '¿Perdón?', '¿Ha reiniciado el router?', 'Su contrato termina en marzo.', 'El Vesubio es un volcán.',
  'Llamaré más tarde.', 'No es mi trabajo.', 'No lo siento en absoluto.', 'Le paso el número del servicio técnico.', 'Esta llamada no sirve para nada.',
  '¿Necesita otro cable?', 'Disculpe, ¿puede repetir?', '¿Me entiende?',
];

describeSharedIntents('Spanish', 'es', paraphrases, offTopic);
