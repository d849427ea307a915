# dutygraph: the explorer and GraphQL API. Built in two stages: the first installs everything
# and builds the front end; the second keeps production dependencies only.
#   docker compose up        (with Neo4j; see README "Running against Neo4j")
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY server ./server
COPY cypher ./cypher
COPY seeds ./seeds
COPY --from=build /app/web/dist ./web/dist
# Accounts and progress reports when running without Neo4j (SQLite; with NEO4J_URI they live in Neo4j).
ENV DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s CMD node -e "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# As `npm run serve` runs it (package.json): a larger young generation, see BENCHMARKS.md "GraphQL API".
CMD ["node", "--max-semi-space-size=32", "--import", "tsx", "server/cli/serve.ts"]
