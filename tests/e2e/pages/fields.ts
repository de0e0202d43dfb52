import type { Locator } from '@playwright/test';

/** Sets a form control whatever it is: a <select> by value or label, anything else by typing. */
export async function setField(field: Locator, value: string): Promise<void> {
  const tag = await field.evaluate((element) => element.tagName.toLowerCase());
  if (tag !== 'select') {
    await field.fill(value);
    return;
  }
  const options = await field.evaluate((element) =>
    [...(element as HTMLSelectElement).options].map((option) => ({
      value: option.value,
      label: (option.textContent ?? '').trim(),
    })),
  );
  const wanted = value.toLowerCase();
  const match =
    options.find((option) => option.value === value) ??
    options.find((option) => option.value.toLowerCase() === wanted) ??
    options.find((option) => option.label.toLowerCase() === wanted) ??
    options.find((option) => option.label.toLowerCase().startsWith(wanted));
  if (!match) {
    throw new Error(
      `no option ${value} in ${JSON.stringify(options.map((option) => option.value))}`,
    );
  }
  await field.selectOption(match.value);
}

/**
 * The error shown at a field, in words: the text of the elements its aria-describedby /
 * aria-errormessage name, or else of a role=alert next to it (in its label or field wrapper).
 * '' when there is none.
 */
export function fieldError(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const texts: string[] = [];
    const ids = [
      ...(element.getAttribute('aria-describedby') ?? '').split(/\s+/),
      ...(element.getAttribute('aria-errormessage') ?? '').split(/\s+/),
    ].filter(Boolean);
    for (const id of ids) {
      const described = document.getElementById(id);
      // Hints are descriptions too; an error is an alert or the field is marked invalid.
      if (!described) continue;
      const isError =
        described.getAttribute('role') === 'alert' ||
        element.getAttribute('aria-invalid') === 'true';
      if (isError) texts.push((described.textContent ?? '').trim());
    }
    let wrapper: Element | null = element.parentElement;
    for (let depth = 0; wrapper && depth < 3 && texts.length === 0; depth += 1) {
      const alerts = [...wrapper.querySelectorAll('[role="alert"]')];
      // Only an alert that belongs to this field alone: a wrapper with other fields is too wide.
      const controls = wrapper.querySelectorAll('input, select, textarea');
      if (alerts.length > 0 && controls.length === 1) {
        texts.push(...alerts.map((alert) => (alert.textContent ?? '').trim()));
      }
      wrapper = wrapper.parentElement;
    }
    return texts.filter(Boolean).join(' ');
  });
}
