import type { ComponentChildren } from 'preact';

/**
 * A picker's name: its own label, or the id of a heading just above it that already says what it
 * is for (the welcome page's steps), so the page does not show the same words twice.
 */
export type PickerName = { label: string; labelledBy?: undefined } | { labelledBy: string; label?: undefined };

/** The control with its label, or alone where a heading names it (`aria-labelledby` on the control). */
export function PickerField(props: { name: PickerName; children: ComponentChildren }) {
  return props.name.labelledBy ? (
    <p class="field">{props.children}</p>
  ) : (
    <label class="field">
      <span>{props.name.label}</span>
      {props.children}
    </label>
  );
}
