# The Tessera server image: the sources (start reads its folders to discover modules, routes and the
# rest), the installed dependencies, the generated Prisma client, and the compiled server (dist/)
# that `npm start` runs under NODE_ENV=production.
FROM node:20-slim

WORKDIR /app

# Dependencies first, so source edits do not reinstall them. Scripts are skipped here because
# the root postinstall (prisma generate) needs the .prisma files copied below. The Prisma CLI is
# a devDependency and `prisma generate` needs it, so dev dependencies are installed too.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --include=dev --no-audit --no-fund

COPY . .
# prisma.config.ts keeps the CLI offline (no engine download); the client uses driver adapters.
RUN npx prisma generate
# The compiled server (dist/server.js) and the admin dashboard served at /app: its typed client,
# then its build (with src/admin extensions).
RUN npx graphql-codegen --config codegen.ts --silent && node bin/tessera.mjs build

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=9000
EXPOSE 9000

# Applies pending migrations, then serves /graphql (WORKER_MODE=worker runs the worker role).
CMD ["node", "bin/tessera.mjs", "start"]
