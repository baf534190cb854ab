// Every tag of the CDN bundle, given the host data it needs, on a page with Trusted Types
// enforced: the test reads what rendered and which policy violations (if any) were reported.
import { supplementaryProofSlots, verificationVideoSlot } from '/dist/verikit.min.js';
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
// "Continue on your phone": a desktop uploader that offers it and a phone uploader given a token,
// answered as a host would (the QR code is an SVG path, the hand-off code loads from the bundle).
const videoSlot = verificationVideoSlot({ uid: '48213377', email: 'jane@example.com', phone: '+44 7700 900321', reason: 'Lost my phone' });
document.addEventListener('vk-handoff-create', (event) => event.detail.respond({ ok: true, url: 'https://id.example.com/continue/Zq3xY8', expiresAt: Date.now() + 600_000, handoffId: 'h-1' }));
document.addEventListener('vk-handoff-status', (event) => event.detail.respond({ ok: true, state: 'connected', files: [] }));
document.addEventListener('vk-handoff-open', (event) => event.detail.respond({ ok: true, slots: [videoSlot.id] }));
add('vk-proof-uploader', { id: 'handoff-desktop', handoff: 'always', slots: [videoSlot] });
add('vk-proof-uploader', { id: 'handoff-phone', handoffToken: 'Zq3xY8', slots: [videoSlot] });
add('vk-totp-setup', { uri: 'otpauth://totp/Verikit:jane%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Verikit' });
add('vk-reset-flow');
add('vk-recovery-codes', { issuer: 'Verikit', codes: ['K7MP-2QXR', 'H3TV-9WNC', 'B4ZD-8FJS', 'R6YA-5EGU'] });
// The page's host for <vk-recovery-codes>: new codes on request; printing is stubbed (it would block the page).
window.print = () => log({ type: 'print' });
document.addEventListener('vk-recovery-codes-regenerate', (event) => event.detail.respond({ ok: true, codes: ['P3XK-7RNV', 'A9FM-2WHC', 'Z5TB-6KQD', 'E4JR-8SYG'] }));
document.addEventListener('vk-recovery-codes-saved', (event) => log({ type: event.type, methods: event.detail.methods }));
window.verikitReady = true;
