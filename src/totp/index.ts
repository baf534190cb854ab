/** Host-usable TOTP helpers: Key URIs, local verification and QR modules. */
export * from './otpauth.js';
export * from './verify.js';
export * from './qr.js';
