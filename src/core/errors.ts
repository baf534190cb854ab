/** A developer-facing error: wrong host data or a malformed answer. Never shown raw to users. */
export class VkDeveloperError extends Error {
  override name = 'VkDeveloperError';
}

/** Minimal shape of a zod issue, enough to explain it. */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
}

/** Turns zod issues into one readable line naming each bad field. */
export function describeIssues(issues: readonly IssueLike[]): string {
  return issues
    .slice(0, 4)
    .map((issue) => {
      const where = issue.path.length ? `field "${issue.path.map(String).join('.')}"` : 'the value';
      const expected = issue.code === 'invalid_type' && issue.expected !== undefined ? ` (expected ${issue.expected})` : '';
      return `${where}: ${issue.message}${expected}`;
    })
    .join('; ');
}
