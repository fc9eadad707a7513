/**
 * Whether a press of a two-step button's second step ("Yes, reset everything") is one the person
 * meant. The first step turns into the second in the same place, so the second click of a
 * double-click would confirm at once what the first step is there to stop; a key press (detail 0)
 * or a single click (detail 1) confirms.
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
