// The domains of the indicators and the self-check, in the order they are shown.
// content/indicators/<id>.yaml must exist for each one (checked at build time); questions point here.
export const domainIds = [
  'leider-en-gezag',
  'twijfel-en-denken',
  'contact-en-informatie',
  'dagelijks-leven',
  'gevoelens',
  'geld-werk-tijd',
  'lichaam-seks-gezondheid',
  'weggaan',
  'kinderen',
  'veiligheid-nu',
] as const;

export type DomainId = (typeof domainIds)[number];
