/*
 * A scripted OpenAI-compatible chat server for tests, on 127.0.0.1 and a random port: each
 * POST /v1/chat/completions takes the next scripted reply (an answer, sent as JSON or as
 * server-sent events when the request asks to stream; an HTTP error; or a hang). It records
 * every request so tests can check what the provider sent. Nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedReply = { answer: string } | { status: number; body?: string } | { hangMs: number };

export interface RecordedRequest {
  headers: IncomingMessage['headers'];
  body: { model: string; stream?: boolean; messages: { role: string; content: unknown }[]; response_format?: { type: string } } & Record<string, unknown>;
}

export interface FakeOpenAIServer {
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAIServer(script: ScriptedReply[]): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = [];
  const queue = [...script];
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: 'not found' } });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'];
    requests.push({ headers: req.headers, body });
    const reply = queue.shift() ?? { status: 500, body: 'script exhausted' };
    if ('hangMs' in reply) {
      await new Promise((resolve) => setTimeout(resolve, reply.hangMs));
      if (!res.destroyed) send(res, 200, completion(body.model, '{}'));
      return;
    }
    if ('status' in reply) return send(res, reply.status, { error: { message: reply.body ?? 'error', type: 'server_error' } });
    if (body.stream) return stream(res, body.model, reply.answer);
    send(res, 200, completion(body.model, reply.answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function completion(model: string, content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function stream(res: ServerResponse, model: string, content: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const event = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(event({ role: 'assistant', content: '' }, null));
  for (let i = 0; i < content.length; i += 40) res.write(event({ content: content.slice(i, i + 40) }, null));
  res.write(event({}, 'stop'));
  res.end('data: [DONE]\n\n');
}
