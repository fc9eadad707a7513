import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../entrypoints/social.content/script-context';

const runtime = fakeBrowser.runtime as { id?: string };
const ID = runtime.id;

describe("the content script's own context", () => {
  afterEach(() => {
    runtime.id = ID;
  });

  it('is valid while the extension is there, and touches nothing in the page to find out', () => {
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');
    const life = new ContentScriptContext();
    const gone = vi.fn();
    life.onInvalidated(gone);
    expect(life.isInvalid).toBe(false);
    expect(life.isInvalid).toBe(false);
    expect(gone).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
  });

  it('finds the extension gone when its id is, and says so once to each listener', () => {
    const life = new ContentScriptContext();
    const first = vi.fn();
    const second = vi.fn();
    life.onInvalidated(first);
    life.onInvalidated(second);
    runtime.id = undefined;
    expect(life.isInvalid).toBe(true);
    expect(life.isInvalid).toBe(true);
    // Even if the id came back (it never does), a script once cut off stays cut off.
    runtime.id = ID;
    expect(life.isInvalid).toBe(true);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('tells every listener even when one of them fails', () => {
    const life = new ContentScriptContext();
    const after = vi.fn();
    life.onInvalidated(() => {
      throw new Error('the helper was already gone');
    });
    life.onInvalidated(after);
    runtime.id = undefined;
    expect(life.isInvalid).toBe(true);
    expect(after).toHaveBeenCalledTimes(1);
  });
});
