/**
 * Whether a press of something that has just come under the pointer is one the person meant: a
 * two-step button's second step ("Yes, reset everything", in the same place as the first), the
 * privacy check's next step, a button whose words changed ("Leave full screen"). The second click
 * of a double-click would press it at once; a key press (detail 0) or a single click (detail 1)
 * is meant.
 */
export function meantSecondPress(event: MouseEvent): boolean {
  return event.detail <= 1;
}

/**
 * For the second step's key presses: Enter held down repeats, and a button pressed by Enter is
 * pressed again with each repeat, so holding it on the first step would confirm the second.
 */
export function ignoreHeldKey(event: KeyboardEvent): void {
  // Enter only: Tab, the arrows and Page Down held down keep moving and scrolling.
  if (event.repeat && event.key === 'Enter') event.preventDefault();
}
