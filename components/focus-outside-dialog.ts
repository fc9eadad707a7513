/**
 * Focuses `element` now, or once the modal dialog that is open closes. The PIN dialog closes in the
 * same update that runs what it approved: until then everything outside it is inert and cannot
 * take the focus, and closing it gives the focus back to the control that opened it, which that
 * update may have taken away.
 */
export function focusOutsideDialog(element: HTMLElement): void {
  // Not `dialog:modal`: Chrome and Edge before 105, which the manifest still supports, throw on
  // that selector. The only dialog (the PIN's) is always opened as a modal.
  const dialog = document.querySelector('dialog[open]');
  if (dialog && !dialog.contains(element)) dialog.addEventListener('close', () => element.focus(), { once: true });
  else element.focus();
}
