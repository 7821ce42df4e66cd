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
COPY tsconfig.json tsconfig.build.json ./
COPY app ./app
COPY src ./src
COPY adapters ./adapters
COPY jobs ./jobs
COPY sandbox ./sandbox
# Compile to JavaScript (dist/): no TypeScript loader at run time. The build type-checks too, so a
# broken tree never ships. test/deploy/production-tree.test.ts builds and starts the same tree.
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3978
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
# dist/ holds the compiled app, including the sandbox dev kit that only sandbox mode starts.
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3978
# Liveness, not readiness: /livez fails only when the process no longer answers, which a restart fixes.
# /readyz also fails while Redis or Azure is unreachable; restarting every container then would only
# interrupt running jobs, so /readyz belongs to the load balancer or a Kubernetes readinessProbe.
# A worker (FLUXOPS_ROLE=worker) answers on HEALTH_PORT, which defaults to PORT.
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "const e=process.env,p=(e.FLUXOPS_ROLE==='worker'&&e.HEALTH_PORT)||e.PORT;fetch('http://127.0.0.1:'+p+'/livez').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/app/main.js"]
