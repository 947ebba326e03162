/**
 * The tag sheet's Content-Security-Policy: it runs no script but its own "Print" button (the one with
 * `nonce`), loads nothing, and cannot be framed.
 */
export function tagSheetContentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}
