import net from "node:net";
import { StackError } from "./errors.ts";

/** True when nothing listens on `port` (checked by binding it briefly). */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS just handed out, so almost certainly free (for tests). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Stops with a message that names the part and the variable that moves it. */
export async function assertPortFree(part: string, port: number, variable: string): Promise<void> {
  if (await isPortFree(port)) return;
  throw new StackError(
    part,
    `port ${port} is already in use`,
    `stop the program that uses it (for example an earlier \`npm start\` still running: \`ss -ltnp 'sport = :${port}'\` shows it), or choose another port with ${variable}=<port> npm start`,
  );
}

/** A free port for every part, as the environment variables `npm start` reads (tests, benchmarks). */
export async function freePortsEnv(): Promise<Record<string, string>> {
  const names = ["POSTGRES_PORT", "MEILISEARCH_PORT", "MEDUSA_PORT", "MEDUSA_WORKER_PORT", "STOREFRONT_PORT"];
  const env: Record<string, string> = {};
  for (const name of names) env[name] = String(await findFreePort());
  return env;
}
