import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './messages';

/**
 * Sends a request from the content script. Only types are imported from the contract: the reply
 * can only come from this extension's own background, which validated it against the contract
 * before sending (messages.ts). An empty reply (the background refused) becomes an error.
 */
export async function request<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const response = (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<K> | undefined;
  if (response == null || typeof response !== 'object') throw new Error(`no reply to ${type}`);
  return response;
}
