import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES } from './paths';
import { SITE_FIXTURES as SITES } from './sites';

/** A file of the site's fixture, or the shared script most fixtures use. */
export async function readFixture(site: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path.join(FIXTURES, site, name));
  } catch (error) {
    if (name.endsWith('.js')) return readFile(path.join(FIXTURES, 'shared', name));
    throw error;
  }
}

/**
 * Serves the fixture sites on 127.0.0.1 under their real hostnames (the browser resolves them
 * here through `network.dns.localDomains`). Records every request for anything else.
 */
export async function startFixtureServer(): Promise<{ port: number; others: string[]; close: () => Promise<void> }> {
  const others: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const site = SITES[host];
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (!site) {
      others.push(url.href);
      res.writeHead(404).end();
      return;
    }
    const name = url.pathname.endsWith('.js') ? path.basename(url.pathname) : 'index.html';
    readFixture(site, name).then(
      (body) => {
        let out: Buffer | string = body;
        if (name === 'index.html' && url.searchParams.get('hostile') === '1') {
          out = body.toString('utf8').replace('<head>', '<head><script src="/hostile.js"></script>');
        }
        res
          .writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' })
          .end(out);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, others, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const FIXTURE_HOSTS = Object.keys(SITES);
