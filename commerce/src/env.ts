import { z } from "zod";

const STOREFRONT_ORIGIN = "http://localhost:4321";
const ADMIN_ORIGIN = "http://localhost:9000";

const secret = z.string().min(16, "must be at least 16 characters long");
const origins = (fallback: string) => z.string().default(fallback);

/** Every environment variable the commerce backend reads, parsed once by `readEnv`. */
export const EnvSchema = z.object({
  /** PostgreSQL connection URL. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL"),
  /** Signs the JWTs of admins and customers. */
  JWT_SECRET: secret,
  /** Signs the session cookies. */
  COOKIE_SECRET: secret,
  /** Comma-separated origins allowed to call /store (the storefront). */
  STORE_CORS: origins(STOREFRONT_ORIGIN),
  /** Comma-separated origins allowed to call /admin (the admin dashboard). */
  ADMIN_CORS: origins(ADMIN_ORIGIN),
  /** Comma-separated origins allowed to call /auth (storefront and admin). */
  AUTH_CORS: origins(`${STOREFRONT_ORIGIN},${ADMIN_ORIGIN}`),
  /**
   * Public URL of the storefront, for links in emails (artisan invites, password resets). Default: the
   * first origin of STORE_CORS.
   */
  STOREFRONT_URL: z.url("must be a URL such as https://kontumcrafts.vn").optional(),
  /** Redis URL; when set, Medusa uses its Redis modules instead of the in-memory ones. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")
    .optional(),
  /** `shared` serves HTTP and runs background work; `server` only HTTP; `worker` only background work. */
  MEDUSA_WORKER_MODE: z
    .enum(["shared", "server", "worker"], "must be one of shared, server, worker")
    .default("shared"),
  /** Turns the admin dashboard off (worker processes, or a dashboard hosted elsewhere). */
  MEDUSA_ADMIN_DISABLED: z.stringbool({ error: 'must be "true" or "false"' }).default(false),
  /** URL the admin dashboard calls; "/" means the server that serves the dashboard. */
  MEDUSA_BACKEND_URL: z.string().default("/"),
  /**
   * Session cookies only over HTTPS. Defaults to Medusa's own rule (on in production); `npm start`
   * serves plain http on one machine and sets it to false. Behind HTTPS, leave it on.
   */
  MEDUSA_COOKIE_SECURE: z.stringbool({ error: 'must be "true" or "false"' }).optional(),
  /** Meilisearch server (declared for the search sync). */
  MEILISEARCH_HOST: z.url("must be a URL such as http://127.0.0.1:7700").optional(),
  /** Meilisearch master or admin key (declared for the search sync). */
  MEILISEARCH_API_KEY: z.string().optional(),
  /** Folder where uploaded and seeded images are kept, served at /uploads; default `uploads` in the cwd. */
  MEDUSA_UPLOAD_DIR: z.string().optional(),
  /** Public URL prefix of those files, as browsers reach them. */
  MEDUSA_FILE_URL: z
    .url("must be a URL such as http://localhost:9000/uploads")
    .default("http://localhost:9000/uploads"),
  /** NAPAS BIN (6 digits) of the bank that receives VietQR transfers. Default: a sample value. */
  VIETQR_BANK_BIN: z
    .string()
    .regex(/^\d{6}$/, "must be 6 digits")
    .default("970436"),
  /** Account number that receives VietQR transfers. Default: a sample value, not a real account. */
  VIETQR_ACCOUNT_NUMBER: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/, "must be 1 to 19 letters or digits")
    .default("0000000000"),
  /** Account holder shown next to the QR code. */
  VIETQR_ACCOUNT_NAME: z.string().min(1).default("KON TUM CRAFTS (MAU)"),
  /**
   * GS1 Company Prefix (6 to 11 digits, from GS1 Vietnam) that new GTINs of trace records are built from.
   * Unset: GS1's demonstration prefix (lib/gs1 DEMO_COMPANY_PREFIX), and the tags are sample data.
   */
  GS1_COMPANY_PREFIX: z
    .string()
    .regex(/^\d{6,11}$/, "must be 6 to 11 digits")
    .optional(),
  /** Admin user that `src/scripts/setup.ts` ensures. */
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  /** Password of that admin user. */
  ADMIN_PASSWORD: z.string().min(8, "must be at least 8 characters long").optional(),
});

export type Env = z.infer<typeof EnvSchema>;
type EnvName = keyof Env;

const HOW_TO_FIX: Record<EnvName, string> = {
  DATABASE_URL:
    "set it to e.g. postgres://postgres:password@localhost:5432/kontum (`npm start` sets it for the embedded database)",
  JWT_SECRET: "set it to a random string, e.g. the output of `openssl rand -base64 32`",
  COOKIE_SECRET: "set it to a random string, e.g. the output of `openssl rand -base64 32`",
  STORE_CORS: "set it to the storefront's origins, comma-separated, e.g. http://localhost:4321",
  ADMIN_CORS: "set it to the admin dashboard's origins, comma-separated, e.g. http://localhost:9000",
  AUTH_CORS: "set it to the storefront's and admin's origins, comma-separated",
  STOREFRONT_URL: "set it to the storefront's public URL, e.g. http://localhost:4321, or unset it",
  REDIS_URL: "set it to e.g. redis://localhost:6379, or unset it to use the in-memory modules",
  MEDUSA_WORKER_MODE: "set it to shared (one process), or server and worker (two processes sharing Redis)",
  MEDUSA_ADMIN_DISABLED: "set it to true or false",
  MEDUSA_BACKEND_URL: "set it to the URL of the Medusa server as the browser sees it, or unset it",
  MEDUSA_COOKIE_SECURE: "set it to true (served over HTTPS) or false (plain http, local only)",
  MEILISEARCH_HOST: "set it to the Meilisearch URL, or unset it",
  MEILISEARCH_API_KEY: "set it to a Meilisearch key, or unset it",
  MEDUSA_UPLOAD_DIR: "set it to a writable folder, or unset it",
  MEDUSA_FILE_URL: "set it to the public URL of the uploaded files, e.g. http://localhost:9000/uploads",
  VIETQR_BANK_BIN: "set it to the 6-digit NAPAS BIN of the receiving bank",
  VIETQR_ACCOUNT_NUMBER: "set it to the receiving account number (letters and digits)",
  VIETQR_ACCOUNT_NAME: "set it to the account holder's name",
  GS1_COMPANY_PREFIX:
    "set it to the GS1 Company Prefix that GS1 Vietnam assigned (6 to 11 digits), or unset it for the demo prefix",
  ADMIN_EMAIL: "set it to the admin's email address, or unset it",
  ADMIN_PASSWORD: "set it to a password of at least 8 characters, or unset it",
};

/** Thrown by `parseEnv`; its message names each bad variable and how to fix it, never a value. */
export class EnvError extends Error {
  override name = "EnvError";
}

const isEnvName = (key: PropertyKey): key is EnvName => typeof key === "string" && key in HOW_TO_FIX;

/** Parses an environment (empty strings count as unset). Throws `EnvError` listing every problem. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const input = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = EnvSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.flatMap((issue) => {
    const name = issue.path[0];
    if (!isEnvName(name)) return [];
    const problem = input[name] === undefined ? "is missing" : `is invalid: ${issue.message}`;
    return [`  - ${name} ${problem}; ${HOW_TO_FIX[name]}.`];
  });
  throw new EnvError(
    [
      "The commerce backend cannot start: environment variables are missing or invalid.",
      ...new Set(lines),
      "Set them in the environment (or in a .env file in the directory the command runs in; never commit it), then run the command again.",
    ].join("\n"),
  );
}

/** Where links in emails point: STOREFRONT_URL, else the first STORE_CORS origin; no trailing slash. */
export function storefrontUrl(env: Env): string {
  const url = env.STOREFRONT_URL ?? (env.STORE_CORS.split(",")[0] ?? STOREFRONT_ORIGIN).trim();
  return url.replace(/\/+$/, "");
}

let parsed: Env | undefined;

/** The process environment, parsed on first use. On a problem, prints what to fix and exits. */
export function readEnv(): Env {
  if (parsed) return parsed;
  try {
    parsed = parseEnv(process.env);
    return parsed;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
}
