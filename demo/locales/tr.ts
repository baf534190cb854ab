import type { DemoCatalog } from '../demo.messages.js';

/** Turkish text of the demo's own UI (the elements' texts live in src/locales/tr.ts). */
export default {
  'demo.inbox.title': 'Demo gelen kutusu',
  'demo.inbox.explainer': 'Sahte sunucunun "gönderdiği" kodlar. Hiçbir şey tarayıcınızdan çıkmaz.',
  'demo.inbox.empty': 'Henüz kod gönderilmedi. "Kod al" düğmesine basın.',
  'demo.inbox.email': '{destination} adresine e-posta',
  'demo.inbox.sms': '{destination} numarasına SMS',
  'demo.inbox.email.new': 'Yeni adresiniz {destination} için e-posta',
  'demo.inbox.sms.new': 'Yeni numaranız {destination} için SMS',
  'demo.inbox.code': 'Doğrulama kodu {code}',
  'demo.inbox.expires': '{time} tarihine kadar geçerli',
  'demo.inbox.expired': 'Süresi doldu',
  'demo.inbox.replaced': 'Daha yeni bir kodla değiştirildi: artık geçerli değil',
  'demo.inbox.totp': 'Doğrulama uygulaması (demo hesabı)',
  'demo.inbox.totpCode': 'Geçerli kod {code}',
  'demo.inbox.totpLeft': { one: '{count} saniye sonra değişir', other: '{count} saniye sonra değişir' },
  'demo.inbox.mode': 'Sunucu modu: {mode}',
  'demo.inbox.modeLabel': 'Sunucu modu',

  'demo.mode.normal': 'normal',
  'demo.mode.slow': 'yavaş ağ',
  'demo.mode.flaky': 'kararsız ağ (her 3 yüklemeden biri kopar)',
  'demo.mode.offline': 'ağ hatası',
  'demo.mode.locked': 'kilitli hesap',
  'demo.mode.wrong': 'yanlış yanıtlar',

  'demo.backend.replacedCode': 'Daha yeni bir kod gönderildi; en son kodu kullanın.',
  'demo.backend.totpNotSent': 'Doğrulama uygulaması kodları gönderilmez.',
  'demo.backend.noNewContact': 'Önce yeni iletişim bilginizi girin.',

  'demo.faceScan.title': 'Yüz taraması (sitenin kendi adımı)',
  'demo.faceScan.pass': 'Başarılı bir yüz taramasını taklit et',
  'demo.humanCheck.title': 'İnsan doğrulaması (sitenin kendi adımı)',
  'demo.humanCheck.pass': 'Ben robot değilim',

  'demo.handoff.computer': 'Bilgisayar',
  'demo.handoff.phone': 'Telefon',
  'demo.handoff.scan': 'Bilgisayardaki kodu tara',
  'demo.handoff.hint': 'Bilgisayarda “Telefonda devam et”e basın, ardından kodunu burada tarayın. İki taraf, iki cihazın sunucunuzu paylaşması gibi, sahte sunucuyu bir BroadcastChannel üzerinden paylaşır.',

  'demo.partner.documentTitle': 'Güvenlik doğrulamasını sıfırla · Example Exchange (verikit demosu)',
  'demo.partner.title': 'Güvenlik doğrulamasını sıfırla',
  'demo.partner.intro':
    'Bir iş ortağının bağlayacağı gibi bağlanmış sade bir sayfa. Süreç tarayıcıdaki sahte bir sunucuyla çalışır: kodlar demo gelen kutusuna gelir.',
  'demo.partner.language': 'Dil',
  'demo.partner.support': 'Yardım',
  'demo.partner.inboxToggle': 'Demo gelen kutusu',
  'demo.partner.inboxNew': { one: '{count} yeni kod', other: '{count} yeni kod' },
  'demo.partner.inboxClose': 'Kapat',

  'demo.host.title': 'Site sayfasının bundan sonra yapacağı',
  'demo.host.dismiss': 'Tamam',
  'demo.host.support': 'Site şimdi destek sohbetini açardı.',
  'demo.host.migration': 'Site şimdi yüz taramalı yeni hesaba taşıma sürecini açardı.',
  'demo.host.passwordForgot': 'Site şimdi şifre sıfırlama sayfasını açardı.',
  'demo.host.verificationReset':
    'Site şimdi "Güvenlik doğrulamasını sıfırla" sayfasını açardı. Zaten oradasınız: kaybettiğiniz öğeleri değiştirmek için Geri düğmesini kullanın.',
  'demo.host.faceScan': 'Site şimdi yüz taramasını başlatırdı. Burada adımdaki düğme bunu taklit eder.',
  'demo.host.totpReset': 'Site şimdi doğrulama uygulamasının sıfırlanmasını açardı.',
  'demo.host.codeLock': 'Çok fazla yanlış kod. Site şimdi destek sohbetini önerirdi.',
  'demo.host.complete': 'Site şimdi hesap sayfanızı gösterir ve talebin bir kopyasını e-postayla gönderirdi.',
  'demo.host.unlock': 'Site şimdi hesabın kilidini daha erken açmak için şifre sıfırlamayı veya güvenlik doğrulaması sıfırlamayı açardı.',
  'demo.host.login': 'Site şimdi oturum açma sayfasını açardı.',
} satisfies DemoCatalog;
