/** The browser's address from Astro, or undefined where the adapter cannot tell (it then throws). */
export function clientIpOf(context: { readonly clientAddress: string }): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
}
