import type { Message } from '../core/i18n.js';
import { requestMessages } from '../core/request.messages.js';
import { codeHelpMessages } from '../elements/code-input/code-input.help.js';
import { codeInputMessages } from '../elements/code-input/code-input.messages.js';
import { handoffMessages } from '../elements/proof-uploader/proof-handoff.messages.js';
import { proofMessages } from '../elements/proof-uploader/proof-uploader.messages.js';
import { questionnaireMessages } from '../elements/questionnaire/questionnaire.messages.js';
import { recoveryCodesMessages } from '../elements/recovery-codes/recovery-codes.messages.js';
import { flowMessages } from '../elements/reset-flow/reset-flow.messages.js';
import { pickerMessages } from '../elements/reset-picker/reset-picker.messages.js';
import { totpSetupMessages } from '../elements/totp-setup/totp-setup.messages.js';

/**
 * Every English message of every element, merged: the single list of keys that each locale
 * module must translate (`satisfies LocaleCatalog` makes a missing or extra key a type error).
 * Elements keep their own English defaults; this catalog exists for translators and tests.
 */
const en = {
  ...requestMessages,
  ...codeInputMessages,
  ...codeHelpMessages,
  ...pickerMessages,
  ...questionnaireMessages,
  ...totpSetupMessages,
  ...proofMessages,
  ...handoffMessages,
  ...flowMessages,
  ...recoveryCodesMessages,
} as const satisfies Readonly<Record<string, Message>>;

export default en;

/** A key of any verikit message. */
export type MessageKey = keyof typeof en;

/** A complete translation: every key, nothing else. */
export type LocaleCatalog = Record<MessageKey, Message>;
