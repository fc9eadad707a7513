import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '@/lib/platforms/matches';
import { startHelper } from './helper';
import type { ScriptLife } from './script-context';
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
  // WXT makes the script's context before `main`: in this build it is script-context.ts's.
  main(life: ScriptLife) {
    // A page the browser loads ahead, in case it is opened (Chromium's prerendering), is left
    // alone until it is shown: a page never shown must not use up the privacy offer, nor cost
    // anything.
    // (Not in TypeScript's DOM types yet.)
    if ((document as { prerendering?: boolean }).prerendering) {
      document.addEventListener('prerenderingchange', () => void startHelper(life), { once: true });
    } else void startHelper(life);
  },
});
