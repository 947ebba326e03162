import { isIP } from "node:net";

/** Loopback, private (RFC 1918, unique-local), link-local and IPv4-mapped forms of those. */
export function isTrustedProxyAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split(".").map(Number);
    return (
      a === 127 ||
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  if (isIP(ip) === 6) {
    return ip === "::1" || /^f[cd][0-9a-f]{2}:/.test(ip) || /^fe[89ab][0-9a-f]:/.test(ip);
  }
  return false;
}

/**
 * The client's address. `X-Forwarded-For` is believed only when the peer is a trusted proxy (the
 * storefront on the same machine or a private network); then the nearest untrusted address in it is
 * the client (addresses further left could be forged by the client itself).
 */
export function clientIp(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
  const remote = peer ?? "unknown";
  if (!isTrustedProxyAddress(remote) || forwardedFor === undefined) return remote;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => isIP(hop.replace(/^::ffff:/, "")) !== 0);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (hop !== undefined && !isTrustedProxyAddress(hop)) return hop;
  }
  return hops[0] ?? remote;
}
