import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '@/lib/platforms/matches';
import { startHelper } from './helper';

/**
 * One content script for every supported site, matched from the platform registry. It runs at
 * document_idle so it never competes with the site's own first render.
 */
export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage to the page on every start, telling every page script
  // that the extension is installed. Re-injection on update is still handled through ctx.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startHelper(ctx);
  },
});
