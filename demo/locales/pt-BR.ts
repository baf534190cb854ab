import type { DemoCatalog } from '../demo.messages.js';

/** Brazilian Portuguese text of the demo's own UI (the elements' texts live in src/locales/pt-BR.ts). */
export default {
  'demo.inbox.title': 'Caixa de entrada de demonstração',
  'demo.inbox.explainer': 'Os códigos que o servidor simulado "enviou". Nada sai do seu navegador.',
  'demo.inbox.empty': 'Nenhum código enviado ainda. Toque em "Receber código".',
  'demo.inbox.email': 'E-mail para {destination}',
  'demo.inbox.sms': 'SMS para {destination}',
  'demo.inbox.email.new': 'E-mail para o seu novo endereço {destination}',
  'demo.inbox.sms.new': 'SMS para o seu novo número {destination}',
  'demo.inbox.code': 'Código de verificação {code}',
  'demo.inbox.expires': 'Válido até {time}',
  'demo.inbox.expired': 'Expirado',
  'demo.inbox.replaced': 'Substituído por um código mais recente: não é mais válido',
  'demo.inbox.totp': 'App autenticador (conta de demonstração)',
  'demo.inbox.totpCode': 'Código atual {code}',
  'demo.inbox.totpLeft': { one: 'Muda em {count} segundo', many: 'Muda em {count} de segundos', other: 'Muda em {count} segundos' },
  'demo.inbox.mode': 'Modo do servidor: {mode}',
  'demo.inbox.modeLabel': 'Modo do servidor',

  'demo.mode.normal': 'normal',
  'demo.mode.slow': 'rede lenta',
  'demo.mode.flaky': 'rede instável (1 em cada 3 envios de arquivo falha)',
  'demo.mode.offline': 'falha de rede',
  'demo.mode.locked': 'conta bloqueada',
  'demo.mode.wrong': 'respostas erradas',

  'demo.backend.replacedCode': 'Um código mais recente foi enviado; use o último.',
  'demo.backend.totpNotSent': 'Os códigos do autenticador não são enviados.',
  'demo.backend.noNewContact': 'Informe primeiro o seu novo contato.',

  'demo.faceScan.title': 'Reconhecimento facial (etapa do próprio site)',
  'demo.faceScan.pass': 'Simular um reconhecimento facial aprovado',
  'demo.humanCheck.title': 'Verificação humana (etapa do próprio site)',
  'demo.humanCheck.pass': 'Não sou um robô',

  'demo.handoff.computer': 'Computador',
  'demo.handoff.phone': 'Celular',
  'demo.handoff.scan': 'Escanear o código do computador',
  'demo.handoff.hint': 'No computador, toque em “Continuar no celular” e escaneie o código aqui. Os dois lados compartilham o servidor simulado por um BroadcastChannel, como dois aparelhos compartilhariam o seu servidor.',

  'demo.partner.documentTitle': 'Redefinir a verificação de segurança · Example Exchange (demonstração do verikit)',
  'demo.partner.title': 'Redefinir a verificação de segurança',
  'demo.partner.intro':
    'Uma página simples, integrada como um parceiro a integraria. A jornada roda em um servidor simulado no navegador: os códigos chegam à caixa de entrada de demonstração.',
  'demo.partner.language': 'Idioma',
  'demo.partner.support': 'Ajuda',
  'demo.partner.inboxToggle': 'Caixa de demonstração',
  'demo.partner.inboxNew': { one: '{count} código novo', many: '{count} de códigos novos', other: '{count} códigos novos' },
  'demo.partner.inboxClose': 'Fechar',

  'demo.host.title': 'O que a página do site faz em seguida',
  'demo.host.dismiss': 'OK',
  'demo.host.support': 'O site abriria agora o chat de suporte.',
  'demo.host.migration': 'O site abriria agora a migração para uma nova conta, com reconhecimento facial.',
  'demo.host.passwordForgot': 'O site abriria agora a página de redefinição de senha.',
  'demo.host.verificationReset':
    'O site abriria agora "Redefinir a verificação de segurança". Você já está nela: use Voltar para mudar os itens perdidos.',
  'demo.host.faceScan': 'O site iniciaria agora o reconhecimento facial. Aqui, o botão da etapa o simula.',
  'demo.host.totpReset': 'O site abriria agora a redefinição do app autenticador.',
  'demo.host.codeLock': 'Códigos errados demais. O site ofereceria agora o chat de suporte.',
  'demo.host.complete': 'O site mostraria agora a página da sua conta e enviaria por e-mail uma cópia da solicitação.',
  'demo.host.unlock': 'O site abriria agora a redefinição de senha, ou a da verificação de segurança, para desbloquear a conta mais cedo.',
  'demo.host.login': 'O site abriria agora a página de login.',
} satisfies DemoCatalog;
