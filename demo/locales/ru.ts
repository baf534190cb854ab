import type { DemoCatalog } from '../demo.messages.js';

/** Russian text of the demo's own UI (the elements' texts live in src/locales/ru.ts). */
export default {
  'demo.inbox.title': 'Демо-почта',
  'demo.inbox.explainer': 'Коды, которые «отправил» имитатор сервера. Ничто не покидает ваш браузер.',
  'demo.inbox.empty': 'Кодов пока нет. Нажмите «Получить код».',
  'demo.inbox.email': 'Письмо на {destination}',
  'demo.inbox.sms': 'SMS на {destination}',
  'demo.inbox.email.new': 'Письмо на ваш новый адрес {destination}',
  'demo.inbox.sms.new': 'SMS на ваш новый номер {destination}',
  'demo.inbox.code': 'Код подтверждения {code}',
  'demo.inbox.expires': 'Действует до {time}',
  'demo.inbox.expired': 'Истёк',
  'demo.inbox.replaced': 'Заменён более новым кодом и больше не действует',
  'demo.inbox.totp': 'Приложение-аутентификатор (демо-аккаунт)',
  'demo.inbox.totpCode': 'Текущий код {code}',
  'demo.inbox.totpLeft': {
    one: 'Сменится через {count} секунду',
    few: 'Сменится через {count} секунды',
    many: 'Сменится через {count} секунд',
    other: 'Сменится через {count} секунды',
  },
  'demo.inbox.mode': 'Режим сервера: {mode}',
  'demo.inbox.modeLabel': 'Режим сервера',

  'demo.mode.normal': 'обычный',
  'demo.mode.slow': 'медленная сеть',
  'demo.mode.flaky': 'нестабильная сеть (каждая 3-я загрузка обрывается)',
  'demo.mode.offline': 'сбой сети',
  'demo.mode.locked': 'аккаунт заблокирован',
  'demo.mode.wrong': 'неверные ответы',

  'demo.backend.replacedCode': 'Отправлен более новый код — введите последний.',
  'demo.backend.totpNotSent': 'Коды аутентификатора не отправляются.',
  'demo.backend.noNewContact': 'Сначала укажите новый контакт.',

  'demo.faceScan.title': 'Проверка лица (собственный шаг сайта)',
  'demo.faceScan.pass': 'Имитировать успешную проверку лица',
  'demo.humanCheck.title': 'Проверка «я не робот» (собственный шаг сайта)',
  'demo.humanCheck.pass': 'Я не робот',

  'demo.handoff.computer': 'Компьютер',
  'demo.handoff.phone': 'Телефон',
  'demo.handoff.scan': 'Отсканировать код с компьютера',
  'demo.handoff.hint': 'На компьютере нажмите «Продолжить на телефоне», затем отсканируйте здесь его код. Обе стороны работают с имитацией сервера через BroadcastChannel — как два устройства с вашим сервером.',

  'demo.partner.documentTitle': 'Сброс проверки безопасности · Example Exchange (демо verikit)',
  'demo.partner.title': 'Сброс проверки безопасности',
  'demo.partner.intro':
    'Обычная страница, подключённая так, как её подключил бы партнёр. Сценарий работает на имитаторе сервера в браузере: коды приходят в демо-почту.',
  'demo.partner.language': 'Язык',
  'demo.partner.support': 'Помощь',
  'demo.partner.inboxToggle': 'Демо-почта',
  'demo.partner.inboxNew': { one: '{count} новый код', few: '{count} новых кода', many: '{count} новых кодов', other: '{count} нового кода' },
  'demo.partner.inboxClose': 'Закрыть',

  'demo.host.title': 'Что дальше сделает страница сайта',
  'demo.host.dismiss': 'ОК',
  'demo.host.support': 'Сейчас сайт открыл бы чат поддержки.',
  'demo.host.migration': 'Сейчас сайт открыл бы перенос в новый аккаунт с проверкой лица.',
  'demo.host.passwordForgot': 'Сейчас сайт открыл бы страницу сброса пароля.',
  'demo.host.verificationReset': 'Сейчас сайт открыл бы «Сброс проверки безопасности». Вы уже здесь: нажмите «Назад», чтобы изменить утерянные средства.',
  'demo.host.faceScan': 'Сейчас сайт запустил бы проверку лица. Здесь её имитирует кнопка на шаге.',
  'demo.host.totpReset': 'Сейчас сайт открыл бы сброс приложения-аутентификатора.',
  'demo.host.codeLock': 'Слишком много неверных кодов. Сейчас сайт предложил бы чат поддержки.',
  'demo.host.complete': 'Сейчас сайт показал бы страницу вашего аккаунта и отправил бы копию заявки на почту.',
} satisfies DemoCatalog;
