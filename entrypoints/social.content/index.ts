import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '@/lib/platforms/matches';
import { startHelper } from './helper';
import './running.css';

/**
 * One content script for every supported site, matched from the platform registry. It starts at
 * document_start, before the page is parsed, and asks the background for its view at once: the
 * answer comes back while the site is still loading, so the launcher is drawn in the site's own
 * first frames. Started at document_idle, it was drawn after them, in a frame of its own, and
 * repainting a heavy feed for that frame cost the page more than the whole script
 * (docs/architecture.md, "What a page load costs").
 */
export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_start',
  // WXT would otherwise window.postMessage to the page on every start, telling every page script
  // that the extension is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT stops a running script when a "newer copy started" event reaches the document. Its name
    // is public (it holds the extension id), so any page could send it and switch the helper off.
    // A second copy never starts beside a live one here: Chromium does not inject into open tabs
    // on an update (the old copy learns it from runtime.id), and Firefox unloads the old copy
    // first. So the event is never believed; startHelper clears what an unloaded copy left behind,
    // and running.css hides it until then.
    ctx.verifyScriptStartedEvent = () => false;
    void startHelper(ctx);
  },
});
