/** A developer-facing error: wrong host data or a malformed answer. Never shown raw to users. */
export class VkDeveloperError extends Error {
  override name = 'VkDeveloperError';
}
