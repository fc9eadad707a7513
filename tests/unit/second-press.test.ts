import { describe, expect, it } from 'vitest';
import { ignoreHeldKey, meantSecondPress } from '@/components/second-press';

describe("a two-step button's second step", () => {
  it('takes a key press or a single click, not the second click of a double-click', () => {
    expect(meantSecondPress(new MouseEvent('click', { detail: 0 }))).toBe(true);
    expect(meantSecondPress(new MouseEvent('click', { detail: 1 }))).toBe(true);
    expect(meantSecondPress(new MouseEvent('click', { detail: 2 }))).toBe(false);
  });

  it('ignores Enter held down, and only Enter: Tab and the arrows held down keep moving', () => {
    const press = (key: string, repeat: boolean) => {
      const event = new KeyboardEvent('keydown', { key, repeat, cancelable: true });
      ignoreHeldKey(event);
      return event.defaultPrevented;
    };
    expect(press('Enter', true)).toBe(true);
    expect(press('Enter', false)).toBe(false);
    for (const key of ['Tab', 'ArrowDown', 'PageDown', ' ']) expect(press(key, true), key).toBe(false);
  });
});
