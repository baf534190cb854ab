// Every tag of the CDN bundle, given the host data it needs, on a page with Trusted Types
// enforced: the test reads what rendered and which policy violations (if any) were reported.
import { supplementaryProofSlots } from '/dist/verikit.min.js';
import { log } from './host.js';

const main = document.getElementById('elements');
function add(tag, properties = {}) {
  const element = Object.assign(document.createElement(tag), properties);
  main.append(element);
}

add('vk-code-input', { channel: 'totp' });
add('vk-reset-picker', {
  factors: [
    { kind: 'email', bound: true, masked: 'j•••@mail.com' },
    { kind: 'phone', bound: true, masked: '+33 •• •• •• 42' },
    { kind: 'totp', bound: true },
  ],
});
add('vk-questionnaire', {
  questions: [
    {
      id: 'recent-trade',
      type: 'single',
      prompt: 'Which pair did you trade most recently?',
      options: [
        { id: 'btc-usdt', label: 'BTC/USDT' },
        { id: 'eth-usdt', label: 'ETH/USDT' },
      ],
    },
  ],
});
add('vk-proof-uploader', { slots: supplementaryProofSlots() });
add('vk-totp-setup', { uri: 'otpauth://totp/Verikit:jane%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Verikit' });
add('vk-reset-flow');
add('vk-recovery-codes', { issuer: 'Verikit', codes: ['K7MP-2QXR', 'H3TV-9WNC', 'B4ZD-8FJS', 'R6YA-5EGU'] });
// The page's host for <vk-recovery-codes>: new codes on request; printing is stubbed (it would block the page).
window.print = () => log({ type: 'print' });
document.addEventListener('vk-recovery-codes-regenerate', (event) => event.detail.respond({ ok: true, codes: ['P3XK-7RNV', 'A9FM-2WHC', 'Z5TB-6KQD', 'E4JR-8SYG'] }));
document.addEventListener('vk-recovery-codes-saved', (event) => log({ type: event.type, methods: event.detail.methods }));
window.verikitReady = true;
