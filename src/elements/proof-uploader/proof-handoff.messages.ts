import type { Message } from '../../core/i18n.js';

/**
 * English messages of the uploader's "Continue on your phone" hand-off. Those shown before the
 * hand-off code loads (and the states its requests word) are part of the element's catalog
 * (`proofMessages`); the rest load with that code (`proof-handoff.ts`) and are looked up the same way:
 * host override, then the registered locale, then this English.
 */
export const proofHandoffMessages = {
  'proof.handoff.title': 'Use your phone’s camera',
  'proof.handoff.offer': 'No good camera on this computer? Continue on your phone for: {slots}.',
  'proof.handoff.start': 'Continue on your phone',
  'proof.handoff.creating': 'Preparing a link for your phone…',
  'proof.handoff.checking': 'Checking on your phone…',
  'proof.handoff.phone.opening': 'Opening the link from your computer…',
  'proof.handoff.phone.finishing': 'Telling your computer…',
} as const satisfies Record<`proof.handoff.${string}`, Message>;

/**
 * Loaded with the hand-off code. Measured with esbuild + gzip -9 on `verikit/proof-uploader`: keeping
 * them out of the element's catalog took 0.5 KB off what the hand-off adds up front (2.5 → 2.0 KB).
 */
export const handoffMessages = {
  'proof.handoff.scan': 'Scan this code with your phone’s camera, or open the link below on your phone. Keep this page open.',
  'proof.handoff.qr.label': 'QR code of the link for your phone',
  'proof.handoff.link.label': 'Link for your phone',
  'proof.handoff.copy': 'Copy link',
  'proof.handoff.copied': 'Link copied.',
  'proof.handoff.copyDenied': 'Copying was blocked. The link is selected: copy it by hand.',
  'proof.handoff.validity': 'Link valid for {time}',
  'proof.handoff.stop': 'Upload on this computer instead',
  'proof.handoff.waiting': 'Waiting for your phone…',
  'proof.handoff.connected': 'Your phone is connected.',
  'proof.handoff.slots.label': 'Items to add on your phone',
  'proof.handoff.slot': '{slot}: {status}',
  'proof.handoff.slot.none': 'nothing yet',
  'proof.handoff.slot.files': { one: 'one file', other: '{count} files' },
  'proof.handoff.done': 'Done on your phone. The files are in the list below.',
  'proof.handoff.expired': 'The link for your phone has expired.',
  'proof.handoff.newLink': 'New link',
  'proof.handoff.announce.ready': 'The link for your phone is ready. It is valid for {duration}.',
  'proof.handoff.announce.minute': 'The link for your phone expires in one minute.',
  'proof.handoff.announce.arrived': '{name} arrived from your phone.',
  'proof.handoff.announce.arrivedMany': { one: 'One file arrived from your phone.', other: '{count} files arrived from your phone.' },
  'proof.handoff.phone.intro': 'Continue here what you started on your computer. Add the items below, then tap Done.',
  'proof.handoff.phone.finish': 'Done',
  'proof.handoff.phone.incomplete': 'Add every required item first.',
  'proof.handoff.phone.done.title': 'All done',
  'proof.handoff.phone.done': 'You can go back to your computer.',
  'proof.handoff.phone.ended.title': 'This link no longer works',
  'proof.handoff.phone.expired': 'This link has expired. On your computer, choose “New link” and scan the new code.',
  'proof.handoff.phone.used': 'This link was already used, and each link works only once. On your computer, choose “Continue on your phone” for a new one.',
} as const satisfies Record<`proof.handoff.${string}`, Message>;

export type HandoffMessageKey = keyof typeof handoffMessages;
