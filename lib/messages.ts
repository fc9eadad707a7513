import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { helperViewSchema, launcherViewSchema } from './helper-view';
import { MAX_PAGE_PATH } from './page-path';

/**
 * The typed contract between the extension's contexts: message type to request and response
 * schemas. The receiver ignores anything not from this extension, validates every request, and
 * validates its own reply before sending it, so nothing off-contract is ever on the wire.
 * Extension pages validate replies again with `sendMessage`; the content script relies on the
 * browser's guarantee that only this extension can answer its runtime.sendMessage (see
 * message-client.ts), which keeps zod out of the script that runs on social sites.
 */
export const CONTRACT = {
  /** The content script asks for everything it shows, in the person's language. */
  'helper:init': {
    // The background works out the platform from the sender's address, not from the message.
    // `path` is the page's own path now: Chromium keeps reporting a single-page site's first
    // address as the sender's, so the helper says which page it is on. It only orders the guides.
    // Without a path, the page the browser reports: a page load's own, where the first request
    // comes from. `panel`: the panel's words too; a page load asks for the launcher's only.
    request: z.object({
      path: z.optional(z.string().check(z.regex(/^\/[^\s]*$/), z.maxLength(MAX_PAGE_PATH))),
      panel: z.optional(z.literal(true)),
    }),
    // `off`: the helper is turned off on this site (a parent's choice or the school's policy). The
    // launcher's view is strict: a whole view that breaks the contract must fail, not go out as a
    // launcher's with its words stripped (the panel would wait for them for ever).
    response: z.union([helperViewSchema, z.strictObject(launcherViewSchema.shape), z.object({ off: z.literal(true) })]),
  },
  /** "Not now" on the privacy prompt: it holds for a day on this site. */
  'helper:snoozePrompt': {
    request: z.object({}),
    response: z.object({ ok: z.boolean() }),
  },
  /** A step of the privacy check was done: remembered as that checklist item done. */
  'helper:markDone': {
    request: z.object({ itemId: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/), z.maxLength(64)) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** The launcher was made smaller or bigger; remembered for every site. */
  'helper:setMinimized': {
    request: z.object({ minimized: z.boolean() }),
    response: z.object({ ok: z.boolean() }),
  },
} as const;

export type MessageType = keyof typeof CONTRACT;
export type RequestOf<K extends MessageType> = z.infer<(typeof CONTRACT)[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<(typeof CONTRACT)[K]['response']>;

const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(CONTRACT, type);
}

export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const response: unknown = await browser.runtime.sendMessage({ type, payload });
  return CONTRACT[type].response.parse(response) as ResponseOf<K>;
}

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<K>>;
};

/**
 * Checks one incoming message and, when it is ours and well formed, returns the handler's promise.
 * Returns undefined for anything else, which tells the browser there is no reply.
 */
export function dispatchMessage(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  ownId: string,
): Promise<unknown> | undefined {
  if (sender.id !== ownId) return undefined;
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success || !isMessageType(envelope.data.type)) return undefined;
  const type = envelope.data.type;
  const request = CONTRACT[type].request.safeParse(envelope.data.payload);
  if (!request.success) return undefined;
  const handler = handlers[type] as (p: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
  return handler(request.data, sender)
    .then((response) => CONTRACT[type].response.parse(response))
    .catch((error: unknown) => {
      console.error(`[Make-IT-Safe] ${type} failed`, error);
      return undefined;
    });
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    dispatchMessage(handlers, message, sender, browser.runtime.id),
  );
}
