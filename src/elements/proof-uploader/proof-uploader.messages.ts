import type { Message } from '../../core/i18n.js';
import { proofHandoffMessages } from './proof-handoff.messages.js';

/**
 * English messages of `<vk-proof-uploader>` and of its slot presets. Override any key through
 * `<vk-provider .messages=…>` or `registerMessages(locale, …)`.
 */
export const proofMessages = {
  // Slot chrome
  'proof.required': 'Required',
  'proof.optional': 'Optional',
  'proof.add': { one: 'Choose file', other: 'Choose files' },
  'proof.add.label': { one: 'Choose file for {slot}', other: 'Choose files for {slot}' },
  'proof.capture.photo': 'Take photo',
  'proof.capture.photo.label': 'Take photo for {slot}',
  'proof.capture.video': 'Record video',
  'proof.capture.video.label': 'Record video for {slot}',
  'proof.drop': 'or drop files here',
  'proof.drop.active': 'Drop to add',
  'proof.paste': 'You can also paste a screenshot.',
  'proof.limits': { one: '{kinds}, up to {size}, one file.', other: '{kinds}, up to {size} each, up to {count} files.' },
  'proof.limits.min': { one: 'At least one file is needed.', other: 'At least {count} files are needed.' },
  'proof.kind.image': 'photos (JPEG, PNG, WebP, HEIC)',
  'proof.kind.video': 'videos (MP4, MOV, WebM)',
  'proof.kind.pdf': 'PDF',
  'proof.statement.label': 'Write this by hand on a sheet of paper:',
  'proof.statement.copy': 'Copy text',
  'proof.statement.copied': 'Copied',
  'proof.statement.copyFailed': 'Could not copy. Select the text and copy it yourself.',
  'proof.statement.missing': '[missing: reload the page or contact support]',
  'proof.choice.placeholder': 'Choose…',
  'proof.choice.missing': 'Choose the {choice} too.',
  'proof.files.label': 'Files for {slot}',
  'proof.rejections.label': 'Files not added to {slot}',

  // A file row
  'proof.file.progress': 'Upload of {name}',
  'proof.file.queued': 'Checking…',
  'proof.file.uploading': 'Uploading, {percent}',
  'proof.file.waiting': 'Waiting for the server… You can retry or cancel.',
  'proof.file.uploaded': 'Uploaded',
  'proof.file.cancelled': 'Upload cancelled.',
  'proof.file.error': 'The upload failed. Please retry.',
  'proof.file.rejected': 'The server refused this file. Remove it and add another.',
  'proof.file.refused': 'The server refused this file: {message}',
  'proof.file.tooLarge': 'This file is too large for the server. Remove it and choose a smaller one.',
  'proof.file.cancel.label': 'Cancel upload of {name}',
  'proof.file.retry': 'Retry',
  'proof.file.retry.label': 'Retry upload of {name}',
  'proof.file.remove': 'Remove',
  'proof.file.remove.label': 'Remove {name}',

  // Local rejections
  'proof.reject.empty': '{name} is empty (0 bytes). Choose the file again.',
  'proof.reject.too-large': '{name} is {size}; the limit is {max}.',
  'proof.reject.wrong-type': '{name} is not {kinds}. Choose a file in {formats} format.',
  'proof.reject.kind.image': 'a photo',
  'proof.reject.kind.video': 'a video',
  'proof.reject.kind.pdf': 'a PDF',
  'proof.reject.unreadable': '{name} could not be read (moved or changed since it was chosen). Choose it again.',
  'proof.reject.too-many': { one: '{name} was not added: this item takes one file.', other: '{name} was not added: this item takes at most {count} files.' },

  // Announcements
  'proof.announce.uploaded': '{name} uploaded.',
  'proof.file.announce': '{name}: {status}',
  'proof.announce.removed': '{name} removed.',
  'proof.announce.rejected': { one: 'One file was not added. See the reason next to {slot}.', other: '{count} files were not added. See the reasons next to {slot}.' },

  // In-page camera
  'proof.record.open.video': 'Record here with the camera',
  'proof.record.open.photo': 'Use the camera here',
  'proof.record.open.label.video': 'Record here with the camera for {slot}',
  'proof.record.open.label.photo': 'Use the camera here for {slot}',
  'proof.record.preview': 'Camera preview',
  'proof.record.start': 'Start recording',
  'proof.record.stop': 'Stop recording',
  'proof.record.snap': 'Take photo',
  'proof.record.close': 'Close camera',
  'proof.record.recording': 'Recording…',
  'proof.record.starting': 'Starting the camera…',
  'proof.record.denied': 'Camera access was refused. Allow the camera in your browser settings and try again, or choose a file you recorded with your camera app.',
  'proof.record.unavailable': 'This browser cannot record here. Record with your camera app, then choose the file.',
  'proof.record.failed': 'The camera could not start. Choose a file you recorded with your camera app instead.',
  'proof.record.videoName': 'Recorded video {time}',
  'proof.record.photoName': 'Camera photo {time}',

  // Presets: supplementary proof (five categories)
  'proof.sourceOfFunds.title': 'Proof of source of funds',
  'proof.sourceOfFunds.guidance': 'Where the funds in this account came from, e.g. the sending wallet’s or exchange’s withdrawal record, or a bank statement for a fiat purchase.',
  'proof.destinationOfFunds.title': 'Proof of destination of funds',
  'proof.destinationOfFunds.guidance': 'Where funds withdrawn from this account went, e.g. the receiving wallet’s or exchange’s deposit record.',
  'proof.notificationRecords.title': 'Notification records',
  'proof.notificationRecords.guidance': 'Screenshots of e-mails or text messages we sent you about this account (sign-up, login, deposits, withdrawals).',
  'proof.fiatTransactions.title': 'Fiat transaction records',
  'proof.fiatTransactions.guidance': 'Bank or card statements showing fiat purchases or sales made with this account.',
  'proof.otherProof.title': 'Other supplementary proof',
  'proof.otherProof.guidance': 'Anything else that shows this account is yours.',

  // Presets: ID document
  'proof.idFront.title': 'ID document, front side',
  'proof.idFront.guidance.photo': 'Choose your ID type and upload a clear photo of the front side, the side with your portrait.',
  'proof.idFront.guidance.quality': 'All four corners visible, text legible, no glare or obstructions.',
  'proof.idFront.guidance.same': 'If this account already completed identity verification (KYC), use the same document.',
  'proof.idFront.choice': 'ID type',
  'proof.idType.passport': 'Passport',
  'proof.idType.national-id': 'National ID card',
  'proof.idType.drivers-licence': 'Driver’s licence',
  'proof.idType.voters-card': 'Voter’s card',
  'proof.idType.residence-permit': 'Residence permit',

  // Presets: verification video
  'proof.video.title': 'Verification video',
  'proof.video.guidance.hold': 'Record a video of yourself holding your ID document and a sheet of paper.',
  'proof.video.guidance.write': 'On the paper, clearly write your account UID, e-mail, phone number, today’s date and the reason for the reset, as shown below.',
  'proof.video.guidance.frame': 'Keep your face, the ID and the paper in frame and readable.',
  'proof.video.statement': 'UID: {uid}\nE-mail: {email}\nPhone: {phone}\nDate: {date}\nReason: {reason}',

  // Presets: selfie with handwritten statement
  'proof.selfie.title': 'Selfie with your ID and a handwritten statement',
  'proof.selfie.guidance.hold': 'Take a photo of yourself holding your ID and a sheet with the statement below, written by hand.',
  'proof.selfie.guidance.frame': 'Your full face and shoulders must be in the frame, and all text on the ID fully visible.',
  // The exchange's phrase is a param: it stays verbatim in every locale.
  'proof.selfie.statement': '{phrase}\n{date}',

  // Presets: non-KYC accounts
  'proof.historicalEmail.title': 'Screenshots of our e-mails to you',
  'proof.historicalEmail.guidance.which': 'Only e-mails we sent about a successful sign-up or login (and deposits or withdrawals, if you made any).',
  'proof.historicalEmail.guidance.show': 'Each screenshot must show your e-mail address and the body of the e-mail.',
  'proof.historicalEmail.guidance.refused': 'Screenshots of an inbox list or of a block explorer are not accepted.',
  'proof.counterparty.title': 'Counterparty transaction screenshots',
  'proof.counterparty.guidance.where': 'For a deposit, a screenshot from the app or website that sent the funds; for a withdrawal, from the one that received them.',
  'proof.counterparty.guidance.show': 'The coin, amount, address and transaction ID (TXID) must be visible.',
  'proof.counterparty.guidance.refused': 'Screenshots from an e-mail inbox or a block explorer are not accepted.',

  // "Continue on your phone" (proof-handoff.messages.ts)
  ...proofHandoffMessages,
} as const satisfies Record<`proof.${string}`, Message>;

export type ProofMessageKey = keyof typeof proofMessages;

/** True when `key` is one of the uploader's message keys (preset texts refer to them). */
export function isProofMessageKey(key: string): key is ProofMessageKey {
  return Object.hasOwn(proofMessages, key);
}
