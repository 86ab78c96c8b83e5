# The image of clustersim's Kubernetes jobs (clustersim submit k8s): Node 20, clustersim installed from the lockfile
# and built, in /app; the pods run `node /app/bin/clustersim.js <experiment> ... --shard auto` (docs/distributed.md).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The prepare script builds dist/, so the sources come first; dev dependencies (TypeScript) are needed to build.
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY bench ./bench
COPY scenarios ./scenarios
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENTRYPOINT ["node", "/app/bin/clustersim.js"]
