# syntax=docker/dockerfile:1
# Multi-stage: install with dev dependencies once, then ship production dependencies only,
# running as the image's unprivileged `node` user on Node 24 LTS.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts=false

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json biome.json ./
COPY app ./app
COPY src ./src
COPY adapters ./adapters
COPY jobs ./jobs
COPY sandbox ./sandbox
# Type-check in the image build so a broken tree never ships.
RUN npx tsc --noEmit -p tsconfig.json

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3978
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/app ./app
COPY --from=build /app/src ./src
COPY --from=build /app/adapters ./adapters
COPY --from=build /app/jobs ./jobs
# The sandbox dev kit: only sandbox mode (no AZURE_SUBSCRIPTION_ID) starts it.
COPY --from=build /app/sandbox ./sandbox
COPY manifest ./manifest
USER node
EXPOSE 3978
# Liveness, not readiness: /livez fails only when the process no longer answers, which a restart fixes.
# /readyz also fails while Redis or Azure is unreachable; restarting every container then would only
# interrupt running jobs, so /readyz belongs to the load balancer or a Kubernetes readinessProbe.
# A worker (FLUXOPS_ROLE=worker) answers on HEALTH_PORT, which defaults to PORT.
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "const e=process.env,p=(e.FLUXOPS_ROLE==='worker'&&e.HEALTH_PORT)||e.PORT;fetch('http://127.0.0.1:'+p+'/livez').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# tsx (a runtime dependency) loads the TypeScript sources; no separate build output to keep in sync.
CMD ["node", "--import", "tsx", "app/main.ts"]
