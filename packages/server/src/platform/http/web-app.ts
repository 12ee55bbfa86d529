import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors/error-handler';

/**
 * Serves the built web app from one origin with the API. Unknown paths outside
 * /api get index.html, so the SPA's router handles deep links (/members, ...).
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: 'index.html',
      setHeaders(reply, filePath) {
        // Vite puts a content hash in every asset name, so assets never change; the page itself always revalidates.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        } else if (filePath.endsWith('index.html')) {
          reply.header('cache-control', 'no-cache');
        }
      },
    });
  } else {
    app.log.warn({ distDir }, 'web app not built: run `npm run build` to serve the user interface');
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0];
    // Deep links (/members) get the app; a missing file (/assets/x.js, /favicon.ico) stays a 404.
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !pathname.startsWith('/api') &&
      !/\.[A-Za-z0-9]+$/.test(pathname);
    if (!isPage) return sendError(request, reply, 'NOT_FOUND');
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The Musubi web app is not built yet. Run `npm run build`, or start with `npm start`.\n');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
