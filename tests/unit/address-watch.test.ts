import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, watchAddress } from '../../entrypoints/social.content/address-watch';

type WithNavigation = { navigation?: EventTarget };
const global = globalThis as WithNavigation;

describe("following a single-page site's address", () => {
  afterEach(() => {
    delete global.navigation;
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('with the Navigation API: told as each new address is in place, until it stops', () => {
    const navigation = new EventTarget();
    global.navigation = navigation;
    const moved = vi.fn();
    const stop = watchAddress(moved);
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moved).toHaveBeenCalledTimes(2);
    stop();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(moved).toHaveBeenCalledTimes(2);
  });

  it('without it: the address read once a second, told only when it changed, until it stops', () => {
    expect(global.navigation).toBeUndefined();
    vi.useFakeTimers();
    const moved = vi.fn();
    const stop = watchAddress(moved);
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(moved).not.toHaveBeenCalled();
    history.pushState(null, '', '/someone.else/');
    vi.advanceTimersByTime(POLL_MS);
    expect(moved).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(moved).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/p/post/');
    vi.advanceTimersByTime(POLL_MS);
    expect(moved).toHaveBeenCalledTimes(2);
    stop();
    history.pushState(null, '', '/');
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(moved).toHaveBeenCalledTimes(2);
  });
});
