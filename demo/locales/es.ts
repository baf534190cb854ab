import type { DemoCatalog } from '../demo.messages.js';

/** Spanish text of the demo's own UI (the elements' texts live in src/locales/es.ts). */
export default {
  'demo.inbox.title': 'Bandeja de entrada de demostración',
  'demo.inbox.explainer': 'Los códigos que «envió» el servidor simulado. Nada sale de tu navegador.',
  'demo.inbox.empty': 'Aún no se ha enviado ningún código. Pulsa «Obtener código».',
  'demo.inbox.email': 'Correo a {destination}',
  'demo.inbox.sms': 'SMS a {destination}',
  'demo.inbox.email.new': 'Correo a tu nueva dirección {destination}',
  'demo.inbox.sms.new': 'SMS a tu nuevo número {destination}',
  'demo.inbox.code': 'Código de verificación {code}',
  'demo.inbox.expires': 'Válido hasta {time}',
  'demo.inbox.expired': 'Caducado',
  'demo.inbox.replaced': 'Sustituido por un código más reciente: ya no es válido',
  'demo.inbox.totp': 'App de autenticación (cuenta de demostración)',
  'demo.inbox.totpCode': 'Código actual {code}',
  'demo.inbox.totpLeft': { one: 'Cambia en {count} segundo', many: 'Cambia en {count} de segundos', other: 'Cambia en {count} segundos' },
  'demo.inbox.mode': 'Modo del servidor: {mode}',
  'demo.inbox.modeLabel': 'Modo del servidor',

  'demo.mode.normal': 'normal',
  'demo.mode.slow': 'red lenta',
  'demo.mode.flaky': 'red inestable (falla 1 de cada 3 subidas)',
  'demo.mode.offline': 'fallo de red',
  'demo.mode.locked': 'cuenta bloqueada',
  'demo.mode.wrong': 'respuestas incorrectas',

  'demo.backend.replacedCode': 'Se envió un código más reciente; usa el último.',
  'demo.backend.totpNotSent': 'Los códigos de autenticación no se envían.',
  'demo.backend.noNewContact': 'Primero introduce tu nuevo contacto.',

  'demo.faceScan.title': 'Reconocimiento facial (paso propio del sitio)',
  'demo.faceScan.pass': 'Simular un reconocimiento facial superado',
  'demo.humanCheck.title': 'Comprobación humana (paso propio del sitio)',
  'demo.humanCheck.pass': 'No soy un robot',

  'demo.handoff.computer': 'Ordenador',
  'demo.handoff.phone': 'Teléfono',
  'demo.handoff.scan': 'Escanear el código del ordenador',
  'demo.handoff.hint': 'En el ordenador, pulsa «Continuar en el teléfono» y escanea aquí su código. Los dos lados comparten el servidor simulado mediante un BroadcastChannel, como dos dispositivos compartirían tu servidor.',

  'demo.partner.documentTitle': 'Restablecer la verificación de seguridad · Example Exchange (demo de verikit)',
  'demo.partner.title': 'Restablecer la verificación de seguridad',
  'demo.partner.intro':
    'Una página sencilla, conectada como la conectaría un socio. El proceso funciona con un servidor simulado en el navegador: los códigos llegan a la bandeja de entrada de demostración.',
  'demo.partner.language': 'Idioma',
  'demo.partner.support': 'Ayuda',
  'demo.partner.inboxToggle': 'Bandeja de demostración',
  'demo.partner.inboxNew': { one: '{count} código nuevo', many: '{count} de códigos nuevos', other: '{count} códigos nuevos' },
  'demo.partner.inboxClose': 'Cerrar',

  'demo.host.title': 'Lo que hace a continuación la página del sitio',
  'demo.host.dismiss': 'Aceptar',
  'demo.host.support': 'El sitio abriría ahora su chat de asistencia.',
  'demo.host.migration': 'El sitio abriría ahora la migración a una cuenta nueva, con reconocimiento facial.',
  'demo.host.passwordForgot': 'El sitio abriría ahora su página para restablecer la contraseña.',
  'demo.host.verificationReset':
    'El sitio abriría ahora «Restablecer la verificación de seguridad». Ya estás ahí: usa Atrás para cambiar los elementos perdidos.',
  'demo.host.faceScan': 'El sitio iniciaría ahora su reconocimiento facial. Aquí, el botón del paso lo simula.',
  'demo.host.totpReset': 'El sitio abriría ahora el restablecimiento de la app de autenticación.',
  'demo.host.codeLock': 'Demasiados códigos incorrectos. El sitio ofrecería ahora su chat de asistencia.',
  'demo.host.complete': 'El sitio mostraría ahora la página de tu cuenta y te enviaría por correo una copia de la solicitud.',
  'demo.host.unlock': 'El sitio abriría ahora su restablecimiento de contraseña, o el de la verificación de seguridad, para desbloquear la cuenta antes.',
  'demo.host.login': 'El sitio abriría ahora su página de inicio de sesión.',
} satisfies DemoCatalog;
