// Moves the keyboard (and a screen reader) to the first field the form or the platform found wrong.
export function focusFirstError() {
  const field = document.querySelector('#application-form [aria-invalid="true"]')
    ?? document.querySelector('#form-problem p');
  if (!field) return;
  if (!field.hasAttribute("tabindex") && !/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(field.tagName)) field.tabIndex = -1;
  field.focus();
  field.scrollIntoView({ block: "center" });
}
