// The passphrase fields. A field of type "password" makes Chromium offer to keep the passphrase in
// its password manager, next to the site's name, also when the visitor leaves by "Snel weg" after
// typing it (autocomplete="off" does not stop that for passwords). So where the browser can mask the
// letters of a text field (-webkit-text-security: Chromium, WebKit, recent Firefox), the field is a
// text field drawn as dots, with autocomplete, correction and spelling off: no password manager sees
// it, no keyboard learns it and the browser keeps it out of its saved form state. Where it cannot,
// the field stays a password field, so nobody looking over a shoulder reads it. docs/DECISIONS.md,
// "No password manager, nothing in saved form state".
const masks = (): boolean => {
  try {
    return CSS.supports('-webkit-text-security', 'disc');
  } catch {
    return false;
  }
};

export function secretField() {
  return {
    type: (masks() ? 'text' : 'password') as 'text', // one input type for JSX, either at run time
    class: 'secret',
    autocomplete: 'off',
    autocapitalize: 'off',
    autocorrect: 'off',
    spellcheck: false,
  } as const;
}
