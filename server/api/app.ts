/**
 * The API server: Fastify with Apollo at /graphql, /health, the front end, and the
 * protections a public endpoint needs (query depth and cost, body size, rate limit,
 * CORS, secure headers).
 */
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { GraphStore } from '../graph/contract.ts';
import type { SupervisionStore } from '../supervision/contract.ts';
import { SqliteSupervisionStore } from '../supervision/sqlite.ts';
import type { Reviewing } from '../review/reviewing.ts';
import { Auth, loginRequired } from './auth.ts';
import { compiledExecution } from './compiled-execution.ts';
import { DEFAULT_LIMITS, DEFAULT_WEB_ROOT, type AuthConfig, type Limits } from './config.ts';
import { createContext, type Context } from './context.ts';
import { costLimit } from './cost.ts';
import { errorStatusAndLog, formatError } from './errors.ts';
import { healthRoute } from './health.ts';
import { queriesOnly } from './operations.ts';
import { UnitNames } from './names.ts';
import { requestLog } from './request-log.ts';
import { resolvers } from './resolvers/index.ts';
import { secureHeaders } from './secure-headers.ts';
import { webRoutes } from './web.ts';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export interface AppOptions {
  store: GraphStore;
  /** Fastify's logger option: false (the default) for none, true or pino options for JSON lines. */
  logger?: FastifyServerOptions['logger'];
  limits?: Partial<Limits>;
  /** Origins allowed to call from a browser; none means same-origin only. */
  cors?: string[];
  trustProxy?: boolean;
  /** Unexpected errors masked as "Internal server error" (default false; `npm start` sets it in production). */
  production?: boolean;
  /** Stack traces in error answers (default false; never for a store that is down). */
  stackTraces?: boolean;
  webRoot?: string;
  /** Schema introspection (default true: the schema is the API's documentation, and GraphiQL reads it). */
  introspection?: boolean;
  /** Accounts and progress reports; absent, an in-memory SQLite store that ends with the app. */
  supervision?: SupervisionStore;
  /** Sign-in and lights settings (config.ts AuthConfig). */
  auth?: Partial<AuthConfig>;
  /**
   * Review (issue 17): the model as read and the decisions applied to it, served by `store`. Its
   * supervision store must be `supervision`. Absent, the review queries answer REVIEW_UNAVAILABLE.
   */
  review?: Reviewing;
}

/**
 * The built front end's needs: its own scripts and styles, inline styles
 * (Cytoscape, GraphiQL), workers from blob: URLs, data: images and fonts.
 */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    workerSrc: ["'self'", 'blob:'],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * Tokens a query may have; graphql-js stops parsing beyond it
 * (a 400, where graphql-armor's own token limit answers 500).
 */
const MAX_TOKENS = 1000;

function createApollo(
  app: FastifyInstance,
  limits: Limits,
  errors: { production: boolean; stackTraces: boolean },
  introspection: boolean,
  readAccess: AuthConfig['readAccess'],
): ApolloServer<Context> {
  const armor = new ApolloArmor({
    // Depth counts fields, not fragment spreads: the explorer's documents share fragments, which add no work.
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    // Its estimate counts each field once, whatever it does: cost.ts weighs resolvers and list lengths.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // The schema is public (introspection is on unless
    // INTROSPECTION=false), so field suggestions hide nothing and help.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return new ApolloServer<Context>({
    gateway: compiledExecution(typeDefs, resolvers),
    introspection,
    allowBatchedHttpRequests: false,
    // serve.ts closes the app (and with it Apollo) on SIGINT/SIGTERM; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: errors.stackTraces,
    validationRules: [...armor.validationRules, costLimit(limits.maxCost)],
    // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      errorStatusAndLog(app.log),
      queriesOnly<Context>(),
      ...(readAccess === 'login' ? [loginRequired()] : []),
      // GraphiQL is at /graphiql; Apollo's landing page would load Sandbox from its CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in the schema, and its per-field hook costs time on answers of thousands of fields.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: formatError(errors.production),
  });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    // Fastify's two lines per request give way to requestLog's one.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.bodyLimit,
    trustProxy: options.trustProxy ?? false,
  });
  requestLog(app);

  await secureHeaders(app, { contentSecurityPolicy });
  if (options.cors?.length) await app.register(fastifyCors, { origin: options.cors });
  if (limits.rateLimitMax > 0)
    await app.register(fastifyRateLimit, { max: limits.rateLimitMax, timeWindow: limits.rateLimitWindow });

  const apollo = createApollo(
    app,
    limits,
    {
      production: options.production ?? false,
      stackTraces: options.stackTraces ?? false,
    },
    options.introspection ?? true,
    options.auth?.readAccess ?? 'open',
  );
  await apollo.start();
  app.addHook('onClose', () => apollo.stop());
  const names = new UnitNames(options.store);
  await app.register(fastifyCookie);
  const supervision = options.supervision ?? new SqliteSupervisionStore(':memory:');
  if (!options.supervision) app.addHook('onClose', () => supervision.close());
  const auth = new Auth(supervision, options.auth);
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    // JSON.stringify's result is a rope in V8: Fastify would walk it once for Content-Length and the
    // socket again to encode it. Encoded once here, a 200 KiB answer costs about 2 ms less CPU.
    onSend: async (_request: FastifyRequest, _reply: FastifyReply, payload: unknown) =>
      typeof payload === 'string' ? Buffer.from(payload) : payload,
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      // Decisions another server process recorded: this one's graph follows before it answers.
      await options.review?.refresh().catch((error: unknown) => request.log.warn({ err: error }, 'review refresh'));
      return auth.preHandler(request, reply);
    },
    handler: fastifyApolloHandler(apollo, {
      context: async (request, reply) =>
        createContext(options.store, names, {
          auth,
          review: options.review,
          request: request as unknown as FastifyRequest,
          reply: reply as unknown as FastifyReply,
        }),
    }),
  });

  healthRoute(app, options.store, supervision);
  await webRoutes(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
