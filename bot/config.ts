// Configuration from the environment (and `.env`), validated once at start-up.
// A bad value stops the start with a message that names the variable.
import path from 'node:path';
import * as z from 'zod';

/** Empty strings (common in `.env` files and CI) mean "not set". */
const optionalString = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.string().optional(),
);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A whole number with a default; empty means the default. */
const intSetting = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? fallback : v),
    z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(min, `must be ${min}..${max}`).max(max, `must be ${min}..${max}`),
  );
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

const schema = z
  .object({
    PORT: z.preprocess(
      (v) => (v === undefined || v === '' ? 3978 : v),
      z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0..65535').max(65535, 'must be 0..65535'),
    ),
    // unset: loopback in local mode (unauthenticated), every interface otherwise
    HOST: optionalString,
    DATA_DIR: optionalString.default('./data'),
    REDIS_URL: optionalString.refine((v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v), {
      message: 'must be a redis:// or rediss:// URL',
    }),
    LOG_LEVEL: z.preprocess(
      (v) => (v === undefined || v === '' ? 'info' : String(v).toLowerCase()),
      z.enum(LOG_LEVELS, { errorMap: () => ({ message: `must be one of ${LOG_LEVELS.join(', ')}` }) }),
    ),
    KEY_PREFIX: optionalString.default('board-assistant').refine((v) => /^[A-Za-z0-9-]{1,60}$/.test(v), {
      message: 'must be 1-60 letters, digits or dashes',
    }),
    SHUTDOWN_TIMEOUT_MS: z.preprocess(
      (v) => (v === undefined || v === '' ? 10000 : v),
      z.coerce.number({ invalid_type_error: 'must be a number' }).int().min(0).max(300000, 'must be at most 300000'),
    ),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(
      (v) => (v === undefined || v === '' ? 'MultiTenant' : v),
      z.enum(APP_TYPES, { errorMap: () => ({ message: `must be one of ${APP_TYPES.join(', ')}` }) }),
    ),
    MicrosoftAppTenantId: optionalString,
    // who runs this service and how to reach them: shown on /privacy and /terms
    SERVICE_OPERATOR: optionalString.refine((v) => v === undefined || v.length <= 120, { message: 'must be at most 120 characters' }),
    SERVICE_CONTACT: optionalString.refine((v) => v === undefined || /^(mailto:)?[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$|^https:\/\/[^\s<>"]+$/.test(v), {
      message: 'must be an email address or an https:// URL',
    }),
    ALLOWED_TENANTS: optionalString.refine((v) => v === undefined || v.split(',').every((t) => t.trim() === '' || GUID.test(t.trim())), {
      message: 'must be a comma-separated list of tenant ids (GUIDs)',
    }),
    TURN_RATE_PER_MINUTE: intSetting(60, 0, 100000),
    TURN_BURST: intSetting(20, 1, 100000),
    BODY_TIMEOUT_MS: intSetting(10000, 100, 600000),
    TURN_TIMEOUT_MS: intSetting(30000, 100, 600000),
    STORE_START_TIMEOUT_MS: intSetting(15000, 100, 600000),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !GUID.test(c.MicrosoftAppId)) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'must be a GUID (the Azure bot registration\'s app id)' });
    }
    if (!c.MicrosoftAppId && c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is set but MicrosoftAppId is not' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: `is required when MicrosoftAppId is set and MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
  });

export type RawConfig = z.output<typeof schema>;

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the embedded store's directory. */
  dataDir: string;
  redisUrl?: string;
  /** Prefix of every store namespace (several deployments can share one Redis). */
  keyPrefix: string;
  logLevel: (typeof LOG_LEVELS)[number];
  shutdownTimeoutMs: number;
  /** Bot Framework credentials; `appId` empty means local mode (no authentication). */
  auth: {
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppType: (typeof APP_TYPES)[number];
    MicrosoftAppTenantId: string;
  };
  /**
   * Where incoming tokens are checked (OpenID metadata, issuer) and outgoing ones fetched.
   * Unset: the public Azure cloud, as the SDK defaults. Not read from the environment; the
   * token tests point it at a local key server.
   */
  authEndpoints?: AuthEndpoints;
  /** True when no app id is set: every request is accepted without a token check. */
  localMode: boolean;
  /** Tenant ids (lower case) whose activities are served; empty means any tenant. */
  allowedTenants: string[];
  /** Turns per conversation: a token bucket of `burst` refilled at `perMinute` (0: no limit). */
  turnRate: { perMinute: number; burst: number };
  /** A request body must arrive within `bodyMs`; a turn that runs past `turnMs` is answered 504. */
  timeouts: { bodyMs: number; turnMs: number };
  /** Who runs the service and how to reach them, for the privacy and terms pages. */
  operator: { name?: string; contact?: string };
  /** How long a start waits for the stores (Redis) to answer before it gives up (exit 1). */
  storeStartTimeoutMs: number;
}

/** The SDK's parameterised authentication settings (ConfigurationBotFrameworkAuthentication). */
export interface AuthEndpoints {
  ToBotFromChannelOpenIdMetadataUrl?: string;
  ToBotFromChannelTokenIssuer?: string;
  ToBotFromEmulatorOpenIdMetadataUrl?: string;
  ToChannelFromBotLoginUrl?: string;
  ToChannelFromBotOAuthScope?: string;
  OAuthUrl?: string;
  CallerId?: string;
  ValidateAuthority?: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` (normally `process.env` after dotenv) into a Config, or throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = i.path.join('.') || '(environment)';
      // Never echo a secret's value back.
      return `${name} ${i.message}`;
    });
    throw new ConfigError(problems);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST ?? (c.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'),
    dataDir: path.resolve(cwd, c.DATA_DIR),
    redisUrl: c.REDIS_URL,
    keyPrefix: c.KEY_PREFIX,
    logLevel: c.LOG_LEVEL,
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT_MS,
    auth: {
      MicrosoftAppId: c.MicrosoftAppId ?? '',
      MicrosoftAppPassword: c.MicrosoftAppPassword ?? '',
      MicrosoftAppType: c.MicrosoftAppType,
      MicrosoftAppTenantId: c.MicrosoftAppTenantId ?? '',
    },
    localMode: !c.MicrosoftAppId,
    allowedTenants: (c.ALLOWED_TENANTS ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
    turnRate: { perMinute: c.TURN_RATE_PER_MINUTE, burst: c.TURN_BURST },
    timeouts: { bodyMs: c.BODY_TIMEOUT_MS, turnMs: c.TURN_TIMEOUT_MS },
    operator: { name: c.SERVICE_OPERATOR, contact: c.SERVICE_CONTACT?.replace(/^mailto:/, '') },
    storeStartTimeoutMs: c.STORE_START_TIMEOUT_MS,
  };
}
