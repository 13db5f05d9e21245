/**
 * A small web server on loopback for what Dossier fetches in tests: Discord attachments, article pages
 * and feeds. Each path answers with a fixed body or a handler; every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface Page {
  body: string | Buffer;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
}

export class WebServer {
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  private readonly routes = new Map<string, Handler>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebServer> {
    let web: WebServer;
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      web.requests.push({ path, headers: request.headers });
      const handler = web.routes.get(path);
      if (handler) handler(request, response);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    web = new WebServer(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return web;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** Answer `path` with a fixed page (200, text/html unless told). */
  page(path: string, page: Page): string {
    return this.handle(path, (_request, response) => {
      response.writeHead(page.status ?? 200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers }).end(page.body);
    });
  }

  handle(path: string, handler: Handler): string {
    this.routes.set(path, handler);
    return this.url(path);
  }

  hits(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
