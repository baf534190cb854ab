// Every tag of the CDN bundle, given the host data it needs, on a page with Trusted Types
// enforced: the test reads what rendered and which policy violations (if any) were reported.
import { supplementaryProofSlots } from '/dist/verikit.min.js';

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
window.verikitReady = true;
