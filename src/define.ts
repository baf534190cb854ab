/**
 * Registers every verikit tag (a side effect). The CDN bundle starts here. Hosts that want
 * only some tags import `verikit/<element>` instead; `verikit` itself registers nothing.
 */
import './elements/provider/vk-provider.js';
import './elements/reset-picker/vk-reset-picker.js';
import './elements/totp-setup/vk-totp-setup.js';
import './elements/code-input/vk-code-input.js';
import './elements/questionnaire/vk-questionnaire.js';
import './elements/proof-uploader/vk-proof-uploader.js';
import './elements/reset-flow/vk-reset-flow.js';
import './elements/recovery-codes/vk-recovery-codes.js';
