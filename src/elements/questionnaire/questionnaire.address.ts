/**
 * Light, offline shape checks for deposit and withdrawal addresses. They catch a pasted e-mail or
 * a truncated address; they never prove an address valid (no checksums), and an unknown network
 * is never checked, so a new chain cannot be blocked by an old SDK.
 */
const base58 = '1-9A-HJ-NP-Za-km-z';
const evm = /^0x[0-9a-fA-F]{40}$/;
const tron = new RegExp(`^T[${base58}]{33}$`);
const bitcoinLegacy = new RegExp(`^[13][${base58}]{25,34}$`);
const bitcoinBech32 = /^bc1[02-9ac-hj-np-z]{11,71}$/;

function isBitcoin(address: string): boolean {
  if (bitcoinLegacy.test(address)) return true;
  // Bech32 is case-insensitive but never mixed-case.
  const lower = address.toLowerCase();
  return (address === lower || address === address.toUpperCase()) && bitcoinBech32.test(lower);
}

const checks: Record<string, (address: string) => boolean> = {
  BTC: isBitcoin,
  BITCOIN: isBitcoin,
  TRON: (address) => tron.test(address),
  TRX: (address) => tron.test(address),
  TRC20: (address) => tron.test(address),
};
for (const name of ['ETH', 'ETHEREUM', 'ERC20', 'BSC', 'BEP20', 'POLYGON', 'MATIC', 'ARBITRUM', 'ARB', 'OPTIMISM', 'OP', 'BASE', 'AVAXC']) {
  checks[name] = (address) => evm.test(address);
}

/** `ERC-20`, `erc20`, `Erc 20` → `ERC20`. */
function networkKey(network: string): string {
  return network.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** True when the network is known and the address does not have its shape. */
export function looksWrongForNetwork(address: string, network: string | undefined): boolean {
  if (!network) return false;
  const check = checks[networkKey(network)];
  return check ? !check(address) : false;
}
