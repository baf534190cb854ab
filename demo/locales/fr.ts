import type { DemoCatalog } from '../demo.messages.js';

/** French text of the demo's own UI (the elements' texts live in src/locales/fr.ts). */
export default {
  'demo.inbox.title': 'Boîte de réception de démo',
  'demo.inbox.explainer': 'Les codes « envoyés » par le faux serveur. Rien ne quitte votre navigateur.',
  'demo.inbox.empty': 'Aucun code envoyé pour l’instant. Appuyez sur « Recevoir un code ».',
  'demo.inbox.email': 'E-mail à {destination}',
  'demo.inbox.sms': 'SMS au {destination}',
  'demo.inbox.email.new': 'E-mail à votre nouvelle adresse {destination}',
  'demo.inbox.sms.new': 'SMS à votre nouveau numéro {destination}',
  'demo.inbox.code': 'Code de vérification {code}',
  'demo.inbox.expires': 'Valable jusqu’à {time}',
  'demo.inbox.expired': 'Expiré',
  'demo.inbox.replaced': 'Remplacé par un code plus récent : il n’est plus valable',
  'demo.inbox.totp': 'Application d’authentification (compte de démo)',
  'demo.inbox.totpCode': 'Code actuel {code}',
  'demo.inbox.totpLeft': { one: 'Change dans {count} seconde', many: 'Change dans {count} de secondes', other: 'Change dans {count} secondes' },
  'demo.inbox.mode': 'Mode du serveur : {mode}',
  'demo.inbox.modeLabel': 'Mode du serveur',

  'demo.mode.normal': 'normal',
  'demo.mode.slow': 'réseau lent',
  'demo.mode.flaky': 'réseau instable (un envoi de fichier sur 3 échoue)',
  'demo.mode.offline': 'panne de réseau',
  'demo.mode.locked': 'compte verrouillé',
  'demo.mode.wrong': 'réponses fausses',

  'demo.backend.replacedCode': 'Un code plus récent a été envoyé ; utilisez le dernier.',
  'demo.backend.totpNotSent': 'Les codes d’authentification ne sont pas envoyés.',
  'demo.backend.noNewContact': 'Saisissez d’abord votre nouveau contact.',

  'demo.faceScan.title': 'Reconnaissance faciale (étape propre à l’hôte)',
  'demo.faceScan.pass': 'Simuler une reconnaissance faciale réussie',
  'demo.humanCheck.title': 'Vérification humaine (étape propre à l’hôte)',
  'demo.humanCheck.pass': 'Je ne suis pas un robot',

  'demo.handoff.computer': 'Ordinateur',
  'demo.handoff.phone': 'Téléphone',
  'demo.handoff.scan': 'Scanner le code de l’ordinateur',
  'demo.handoff.hint': 'Sur l’ordinateur, appuyez sur « Continuer sur votre téléphone », puis scannez son code ici. Les deux côtés partagent le faux serveur par un BroadcastChannel, comme deux appareils partageraient votre serveur.',

  'demo.partner.documentTitle': 'Réinitialiser la vérification de sécurité · Example Exchange (démo verikit)',
  'demo.partner.title': 'Réinitialiser la vérification de sécurité',
  'demo.partner.intro':
    'Une page simple, branchée comme un partenaire la brancherait. Le parcours s’appuie sur un faux serveur dans le navigateur : les codes arrivent dans la boîte de réception de démo.',
  'demo.partner.language': 'Langue',
  'demo.partner.support': 'Aide',
  'demo.partner.inboxToggle': 'Boîte de réception de démo',
  'demo.partner.inboxNew': { one: '{count} nouveau code', many: '{count} de nouveaux codes', other: '{count} nouveaux codes' },
  'demo.partner.inboxClose': 'Fermer',

  'demo.host.title': 'Ce que la page hôte fait ensuite',
  'demo.host.dismiss': 'OK',
  'demo.host.support': 'L’hôte ouvrirait maintenant son chat d’assistance.',
  'demo.host.migration': 'L’hôte ouvrirait maintenant la migration vers un nouveau compte, avec une reconnaissance faciale.',
  'demo.host.passwordForgot': 'L’hôte ouvrirait maintenant sa page de réinitialisation du mot de passe.',
  'demo.host.verificationReset':
    'L’hôte ouvrirait maintenant « Réinitialiser la vérification de sécurité ». Vous y êtes déjà : utilisez Retour pour changer les éléments perdus.',
  'demo.host.faceScan': 'L’hôte lancerait maintenant sa reconnaissance faciale. Ici, le bouton de l’étape la simule.',
  'demo.host.totpReset': 'L’hôte ouvrirait maintenant la réinitialisation de l’application d’authentification.',
  'demo.host.codeLock': 'Trop de codes erronés. L’hôte proposerait maintenant son chat d’assistance.',
  'demo.host.complete': 'L’hôte afficherait maintenant la page de votre compte et vous enverrait une copie de la demande par e-mail.',
  'demo.host.unlock': 'L’hôte ouvrirait maintenant sa réinitialisation du mot de passe, ou celle de la vérification de sécurité, pour déverrouiller le compte plus tôt.',
  'demo.host.login': 'L’hôte ouvrirait maintenant sa page de connexion.',
} satisfies DemoCatalog;
