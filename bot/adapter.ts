// The CloudAdapter, authenticated from the environment's Bot Framework settings, with the
// gate (tenant allowlist, turn rate) in front of every turn, and the last line of defence
// for a turn: an exception becomes a short apology to the user and an error log line with
// the turn's ids; the process carries on.
import type { Activity, BotAdapter, ConversationState, TurnContext } from 'botbuilder';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from './sdk';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { Config } from './config';
import { Gate } from './gate';
import { createLogger } from './log';
import { APOLOGY } from '../dialogs/copy';

/** Clients kept: one per Bot Connector endpoint (Teams has a handful of regional ones) and per bot. */
const CLIENTS_KEPT = 64;

/** The bot a turn is for, as the SDK's own factories read it from the claims. */
const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';

/**
 * The SDK's authentication, with two changes:
 * - a token the JWT library rejects (bad signature, malformed, wrong algorithm, not yet
 *   valid) is a 401 like any other bad token: the SDK lets those errors through as they are,
 *   and the adapter answers them 500;
 * - one ConnectorClient per bot, Bot Connector endpoint and audience, and one UserTokenClient
 *   per bot, kept and reused. The SDK builds a new one of each (an HTTP pipeline of a dozen
 *   policies apiece) for every turn: about 0.2 ms of CPU a turn each in issue 8's profile. A
 *   client keeps no state of a turn; its credentials fetch and refresh their tokens themselves.
 */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new LRUCache<string, Promise<unknown>>({ max: CLIENTS_KEPT });
  /** Requests checked before the adapter saw them (see `checkRequest`), until the adapter asks. */
  private readonly checked = new WeakMap<object, { authHeader: string; result: AuthenticateRequestResult }>();

  /**
   * Checks a request's token before it goes to the adapter: a refused one throws here, where
   * the server answers 401 itself, instead of inside the adapter's request handler, which
   * prints each refusal to stderr with its stack (7 lines a request). The adapter then takes
   * the result when it authenticates the same activity, so the token is checked once.
   */
  async checkRequest(activity: Activity, authHeader: string): Promise<void> {
    this.checked.set(activity, { authHeader, result: await this.verify(activity, authHeader) });
  }

  /** Proactive turns (reminders) ask for their factory here. */
  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(identity), identity);
  }

  /** An incoming activity's turn gets its factory with the result of the token check. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const early = this.checked.get(activity);
    if (early) this.checked.delete(activity);
    return early?.authHeader === authHeader ? early.result : this.verify(activity, authHeader);
  }

  private async verify(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      const name = (err as Error)?.name;
      if (name === 'JsonWebTokenError' || name === 'NotBeforeError' || name === 'TokenExpiredError') {
        throw new AuthenticationError(`Unauthorized: ${(err as Error).message}`, 401);
      }
      throw err;
    }
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  /** The turn's client for OAuth sign-ins (which this bot does not use, but the SDK makes it anyway). */
  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.keep(`token\n${appIdOf(identity)}`, () => super.createUserTokenClient(identity));
  }

  /** `factory`, except that a client it made for the same bot, endpoint and audience is reused. */
  private reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    return { create: (serviceUrl: string, audience?: string) => this.keep(`connector\n${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)) };
  }

  /** What `make` gives, kept under `key`. One that could not be made is not kept: the next turn tries again. */
  private keep<T>(key: string, make: () => Promise<T>): Promise<T> {
    let made = this.clients.get(key) as Promise<T> | undefined;
    if (!made) {
      made = make();
      this.clients.set(key, made);
      made.catch(() => this.clients.get(key) === made && this.clients.delete(key));
    }
    return made;
  }
}

function createAuthentication(config: Config): StrictAuthentication {
  // Any endpoint given switches the SDK to "all parameters are intentional": fill the rest
  // with the public cloud's, so that pointing token checks elsewhere keeps replies working.
  const endpoints = config.authEndpoints
    ? {
        ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        CallerId: CallerIdConstants.PublicAzureChannel,
        ...config.authEndpoints,
      }
    : {};
  return new StrictAuthentication({ ...config.auth, ...endpoints });
}

/** The logger the gate writes to: given to createAdapter, or else the turn error handler's. */
const adapterLoggers = new WeakMap<BotAdapter, Logger>();
const gates = new WeakMap<BotAdapter, Gate>();
const authentications = new WeakMap<BotAdapter, StrictAuthentication>();

export function createAdapter(config: Config, logger?: Logger): CloudAdapter {
  const authentication = createAuthentication(config);
  const adapter = new CloudAdapter(authentication);
  authentications.set(adapter, authentication);
  if (logger) adapterLoggers.set(adapter, logger);
  let fallback: Logger | undefined;
  const gate = new Gate({ allowedTenants: config.allowedTenants, turnRate: config.turnRate }, () => adapterLoggers.get(adapter) ?? (fallback ??= createLogger(config.logLevel)));
  adapter.use(gate);
  gates.set(adapter, gate);
  return adapter;
}

/**
 * Checks an incoming request's token as the adapter made by createAdapter will (throws an
 * AuthenticationError for a refused one); the adapter then reuses the result for that activity.
 */
export function requestChecker(adapter: BotAdapter): ((activity: Activity, authHeader: string) => Promise<void>) | undefined {
  const authentication = authentications.get(adapter);
  return authentication && ((activity, authHeader) => authentication.checkRequest(activity, authHeader));
}

/** The gate installed by createAdapter (its counters), if any. */
export function gateOf(adapter: BotAdapter): Gate | undefined {
  return gates.get(adapter);
}

export function installTurnErrorHandler(adapter: BotAdapter, logger: Logger, conversationState?: ConversationState): void {
  if (!adapterLoggers.has(adapter)) adapterLoggers.set(adapter, logger);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const a = context.activity;
    const err = error instanceof Error ? error : new Error(String(error));
    logger.error(
      {
        event: 'turn-error',
        err: { type: err.name, message: err.message, stack: err.stack },
        activityId: a?.id,
        activityType: a?.type,
        conversationId: a?.conversation?.id,
        conversationType: a?.conversation?.conversationType,
        channelId: a?.channelId,
      },
      'unhandled error in a turn',
    );
    // A broken dialog stack must not trap the conversation: start it afresh.
    if (conversationState) {
      try {
        await conversationState.delete(context);
        await conversationState.saveChanges(context, true);
      } catch (stateErr) {
        logger.warn({ err: (stateErr as Error).message, conversationId: a?.conversation?.id }, 'could not reset the conversation state');
      }
    }
    if (a?.type === 'message' && !context.responded) {
      try {
        await context.sendActivity(MessageFactory.text(APOLOGY));
      } catch (sendErr) {
        logger.error({ err: (sendErr as Error).message, conversationId: a?.conversation?.id }, 'could not send the apology');
      }
    }
  };
}
