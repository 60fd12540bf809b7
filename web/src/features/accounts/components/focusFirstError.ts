// After a failed submit, moves focus to the first invalid field so keyboard and screen reader
// users land on the problem (and phones scroll to it).
export function focusFirstError(): void {
  window.setTimeout(() => {
    const field = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    field?.focus();
  }, 0);
}
